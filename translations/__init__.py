"""Offline Chinese→English translation: Argos model packages, a sentence splitter, a batched
CTranslate2 engine and the worker that translates pending archive articles.

Importing this package is cheap: CTranslate2 and SentencePiece load only when an engine is built,
and argostranslate only when a package is downloaded from its index.
"""

from .errors import ModelInstallError, ModelLoadError, ModelNotInstalled, TranslationError

__all__ = ["ModelInstallError", "ModelLoadError", "ModelNotInstalled", "TranslationError"]
