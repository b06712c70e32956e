"""Every error warta raises on purpose.

    WartaError                      the root: catch this to catch them all
    ├── ConfigError                 a setting or a pipeline that cannot work as given
    │   └── PipelineError           unknown stage, or a stage whose requirements nobody assigns
    ├── InputError                  one report that cannot be read; it is rejected, the batch goes on
    │   ├── EmptyInput              nothing but whitespace
    │   ├── BinaryInput             not text at all (an image, a PDF, an archive ...)
    │   ├── EncodingError           bytes that are not UTF-8 and fit no other encoding
    │   ├── InputTooLarge           over ``max_bytes``
    │   ├── MalformedRecord         a JSONL line that is not a usable record
    │   ├── NoArticleText           an HTML page with no article body
    │   ├── UnsupportedLanguage     a language warta does not read (yet)
    │   └── StageError              a stage failed on this document: a bug in warta, please report it
    ├── DocumentError               a JSON document that breaks the contract (bad span, missing field)
    └── StoreError                  the database cannot be opened, migrated or written

Every ``InputError`` knows the input it is about (``input``) and a short machine code
(``code``) stored with rejects; every message says what to do next.
"""

from __future__ import annotations


class WartaError(Exception):
    """Root of every error warta raises on purpose."""

    code = "error"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(WartaError):
    code = "config"


class PipelineError(ConfigError):
    code = "pipeline"


class DocumentError(WartaError):
    code = "document"


class StoreError(WartaError):
    code = "store"


class InputError(WartaError):
    """One input that cannot become a document. ``input`` names it (a path, ``path:line``, an id)."""

    code = "input"

    def __init__(self, input: str, message: str, *, stage: str | None = None):
        super().__init__(f"{input}: {message}")
        self.input = input
        self.reason = message
        self.stage = stage  # "ingest" or the stage that raised; the pipeline fills it in when unset


class EmptyInput(InputError):
    code = "empty"


class BinaryInput(InputError):
    code = "binary"


class EncodingError(InputError):
    code = "encoding"


class InputTooLarge(InputError):
    code = "too_large"


class MalformedRecord(InputError):
    code = "malformed_record"


class NoArticleText(InputError):
    code = "no_article_text"


class UnsupportedLanguage(InputError):
    code = "unsupported_language"


class StageError(InputError):
    """A stage raised something unexpected on one document; the batch goes on without it."""

    code = "stage_failed"


__all__ = [name for name, obj in globals().items() if isinstance(obj, type) and issubclass(obj, WartaError)]
