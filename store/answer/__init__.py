"""Answers: reading a question (``parse``), reading the store (``lookups``), judging figures
(``consensus``), the answer itself (``salary``), its shape (``models``) and its money (``money``).
"""
