"""placeholder"""


def resolve_companies(title, body, hints=()):
    return ()
