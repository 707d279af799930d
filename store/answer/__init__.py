"""Answers: reading a question (``parse``), reading the store (``lookups``), judging figures
(``verdicts``), the consensus (``consensus``), the answer itself (``salary``), its shape
(``models``) and its money (``money``).
"""
