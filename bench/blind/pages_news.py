"""placeholder"""
from build import Page
PAGES: list[Page] = []
