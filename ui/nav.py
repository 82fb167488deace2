"""The page registry: one row per page file, used by ``dashboard.py`` and by the tests.

A page file in ``app_pages/`` that is missing here (or has no test) makes the test suite fail.
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
    PageSpec("app_pages/home.py", "Home", ":material/home:", "home", default=True),
    PageSpec("app_pages/price.py", "Price path", ":material/show_chart:", "price"),
    PageSpec("app_pages/targets.py", "Analyst targets", ":material/target:", "targets"),
    PageSpec("app_pages/layoffs.py", "Layoff tally", ":material/group_remove:", "layoffs"),
    PageSpec("app_pages/events.py", "Events timeline", ":material/event:", "events"),
    PageSpec("app_pages/sources.py", "Sources", ":material/article:", "sources"),
)


def spec(url_path: str) -> PageSpec:
    """The page registered under ``url_path``.

    >>> spec("price").path
    'app_pages/price.py'
    """
    return next(p for p in PAGES if p.url_path == url_path)
