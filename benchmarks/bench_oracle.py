"""Upper bound for sentence gating: extraction when each extractor sees only the sentences that hold a fact.

    python benchmarks/bench_oracle.py [CORPUS_DIR]   (default: a 1,000-article corpus from make_corpus.py)

Extracts every article once to learn which sentences its records come from (the oracle), then times each
extractor (one process, CPU time, best of 3) on all sentences and on only those sentences plus the one before
each (context some rules read). No gate can skip more than the oracle does, so the second figure is the least
any "run the rules only where they can apply" design would pay with these rules.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from data_layer import load_articles  # noqa: E402
from data_layer.extract import EXTRACTORS, Doc, extract_article  # noqa: E402
from data_layer.records import TABLES  # noqa: E402

FLOOR = __import__("bench_scale").FLOOR


def _oracle(doc: Doc) -> Doc:
    recs = extract_article(doc.article)
    starts = {r.provenance.start for t in TABLES[1:] for r in getattr(recs, t)}
    keep = {j for i, s in enumerate(doc.sentences) if any(s.start <= x < s.end for x in starts) for j in (i - 1, i)}
    return Doc(doc.article, [s for i, s in enumerate(doc.sentences) if i in keep])


def _best_ms(docs: list[Doc], extractor) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        for d in docs:
            extractor.extract(d)
        best = min(best, (time.process_time() - t) / len(docs) * 1e3)
    return best


def main() -> None:
    if len(sys.argv) > 1:
        folder = Path(sys.argv[1])
    else:
        import make_corpus

        folder = Path(tempfile.mkdtemp()) / "corpus"
        make_corpus.write_corpus(1000, folder, seed=0)
        folder = folder / "articles"
    arts = load_articles([folder])
    docs = [Doc.of(a) for a in arts]
    small = [_oracle(d) for d in docs]
    kept = sum(len(d.sentences) for d in small) / sum(len(d.sentences) for d in docs)
    t = time.process_time()
    for a in arts:
        FLOOR.findall(a.body)
    floor = (time.process_time() - t) / len(arts) * 1e3
    print(f"{len(arts)} articles; oracle keeps {kept:.0%} of sentences; regex floor {floor:.3f} ms/article")
    print("| extractor | all sentences (ms/article) | oracle's sentences (ms/article) |")
    print("| --- | ---: | ---: |")
    tot = [0.0, 0.0]
    for m in EXTRACTORS:
        a, b = _best_ms(docs, m), _best_ms(small, m)
        tot[0] += a
        tot[1] += b
        print(f"| {m.__name__.rsplit('.', 1)[-1]} | {a:.3f} | {b:.3f} |")
    print(f"| total | {tot[0]:.3f} ({tot[0] / floor:.0f}x floor) | {tot[1]:.3f} ({tot[1] / floor:.0f}x floor) |")


if __name__ == "__main__":
    main()
