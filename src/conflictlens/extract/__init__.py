"""Extractors: text → candidate spans → normalized :class:`~conflictlens.spans.Mention` lists.

Each extractor reads ``doc.masked`` (boilerplate blanked, same offsets as ``doc.text``) and
returns mentions whose ``text`` equals ``doc.text[start:end]``.
"""
