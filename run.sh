#!/bin/sh
# newsdash developer entry point: the README's two quick-start commands both go through here.
#   ./run.sh app    install (locked) and open the dashboard on the bundled sample corpus
#   ./run.sh test   install (locked, with test extras) and run the whole test suite
#   ./run.sh cli …  the command line (python -m data_layer …) in the project's environment, installed if needed
# Needs only python3 (3.11+). uv is installed into .tools/ on first use and reads uv.lock.
set -eu
cd "$(dirname "$0")"
UV=.tools/bin/uv
if [ ! -x "$UV" ]; then
  python3 -m venv .tools
  .tools/bin/python -m pip install -q --disable-pip-version-check "uv>=0.5"
fi
cmd=${1:-app}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)
    exec "$UV" run --locked streamlit run dashboard.py "$@"
    ;;
  test)
    "$UV" sync --locked --extra test --quiet
    # the browser for end-to-end tests comes from Debian (playwright cannot download one here)
    set +e
    "$UV" run --locked --extra test pytest "$@"
    rc=$?
    set -e
    # pytest exit 5 means no test was collected: that is a failure too
    [ "$rc" -eq 5 ] && { echo "no tests collected" >&2; exit 1; }
    exit "$rc"
    ;;
  cli)
    exec "$UV" run --locked python -m data_layer "$@"
    ;;
  lint)
    "$UV" run --locked --extra test ruff check .
    "$UV" run --locked --extra test ruff format --check .
    ;;
  *)
    echo "usage: ./run.sh app|test|cli|lint [args...]" >&2
    exit 2
    ;;
esac
