"""Learned components: a sentence classifier stacked on the rule coder (docs/learning.md)."""
