"""Errors the translation side raises; the CLI prints each as one line that names the fix.

    TranslationError
     ├── ModelNotInstalled   no usable zh→en package in the models directory
     ├── ModelInstallError   a package file or download could not be installed
     └── ModelLoadError      an installed package's files are damaged
"""


class TranslationError(Exception):
    """Base class: anything translation refuses, with a message a user can act on."""


class ModelNotInstalled(TranslationError):
    """No package for the language pair: articles stay pending until one is installed."""


class ModelInstallError(TranslationError):
    """The file is not a usable Argos package, or the package index could not be reached."""


class ModelLoadError(TranslationError):
    """CTranslate2 or SentencePiece refused the installed files; reinstalling fixes it."""
