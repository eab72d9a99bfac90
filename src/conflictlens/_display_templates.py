"""HTML templates of :mod:`conflictlens.display` (every value filled in is escaped by the caller).

Styles are inline so the fragment survives notebook sanitizers and copy-paste.
"""

CONTAINER = (
    '<div class="conflictlens-text" dir="{direction}" style="white-space: pre-wrap; '
    "line-height: 2.1; font-family: system-ui, sans-serif; font-size: 0.95em; "
    'max-width: 60em;">{body}</div>'
)
MARK = (
    '<mark class="cl-mention cl-{cls}" title="{title}" style="background: {color}; '
    'padding: 0.1em 0.25em; border-radius: 0.3em;">{text}{badge}</mark>'
)
BADGE = (
    '<span class="cl-label" style="font-size: 0.65em; font-weight: bold; margin-inline-start: '
    '0.35em; text-transform: uppercase; opacity: 0.75;">{label}</span>'
)
BOILERPLATE = '<span class="cl-boilerplate" style="color: #9a9a9a;">{text}</span>'
PAGE = (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{title}</title></head>\n'
    "<body>\n{body}</body></html>\n"
)
