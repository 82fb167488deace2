"""The page registry: one row per page file, used by ``dashboard.py`` and by the tests.

A page file in ``pages/`` that is missing here (or has no test) makes the test suite fail.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PageSpec:
    path: str  # relative to dashboard.py
    title: str
    icon: str
    url_path: str
    default: bool = False


PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/home.py", "Home", ":material/home:", "home", default=True),
    PageSpec("pages/price.py", "Price path", ":material/show_chart:", "price"),
    PageSpec("pages/targets.py", "Analyst targets", ":material/target:", "targets"),
    PageSpec("pages/layoffs.py", "Layoff tally", ":material/group_remove:", "layoffs"),
    PageSpec("pages/events.py", "Events timeline", ":material/event:", "events"),
    PageSpec("pages/sources.py", "Sources", ":material/article:", "sources"),
)


def spec(url_path: str) -> PageSpec:
    """The page registered under ``url_path``.

    >>> spec("price").path
    'pages/price.py'
    """
    return next(p for p in PAGES if p.url_path == url_path)
