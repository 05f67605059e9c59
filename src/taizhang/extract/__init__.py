"""taizhang.extract: a pure library (no web framework) that reads documents into grounded records.

    loaders → cleaner → outline → meta → extractors (facts, projects, people, regions, glossary)

Public API::

    from taizhang.extract import extract_file, extract_text
    ex = extract_text("到2025年,全市地区生产总值达到5000亿元。", name="x.txt")
    ex.facts[0].value, ex.facts[0].vstart  # offsets index the input text as read
"""
from .pipeline import Extraction, ExtractError, extract_file, extract_text, iter_paths

__all__ = ["Extraction", "ExtractError", "extract_file", "extract_text", "iter_paths"]
