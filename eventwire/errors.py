"""eventwire's exceptions and per-article error codes.

Exception tree::

    EventwireError
    ├── ModelNotFoundError      the English spaCy model is not installed
    ├── DataError               a bundled or user data file is invalid (file, line, reason)
    └── InputError              a CLI input path cannot be read at all

Per-article problems are not exceptions: they become ``ArticleError`` values with one of the
codes below, and the run goes on.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of eventwire's exceptions."""

    exit_code = 1


class ModelNotFoundError(EventwireError):
    exit_code = 3


class DataError(EventwireError):
    """An invalid data file: the message names the file, the line and the reason."""

    exit_code = 4

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line
        self.reason = reason


class InputError(EventwireError):
    exit_code = 2


# Per-article error codes (ArticleError.code)
EMPTY_TEXT = "empty-text"
BINARY_TEXT = "binary-text"
TOO_LARGE = "too-large"
NOT_ENGLISH = "not-english"
BAD_ENCODING = "bad-encoding"
BAD_DATE = "bad-published-date"  # no longer given (such articles are coded undated); in old stores
BAD_RECORD = "bad-record"
CODER_FAILURE = "coder-failure"
# Ingest error codes (files, pages and feeds that cannot be read)
FETCH_FAILED = "fetch-failed"
BAD_GZIP = "bad-gzip"
NO_MAIN_TEXT = "no-main-text"
BAD_FEED = "bad-feed"
NO_INPUT_FILES = "no-input-files"
UNREADABLE_FILE = "unreadable-file"
