"""Score the hand-labelled recruiter questions: how many are read right, how many answered.

    python bench/eval_questions.py            # dev and held-out parts, then every miss
    python bench/eval_questions.py --part dev
    python bench/eval_questions.py --part dev --first 246   # only the batch appended at 246

The questions and their labels are in tests/fixtures/recruiter_questions.json; the rules
of scoring are in tests/recruiter_questions.py. Answers come from the demo store that
`python3 run.py` answers from (its demo figures and the built-in OEWS wages). A third of
the questions is held out: never tune against its misses.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import open_store
from store.demo import load_demo_if_empty
from tests.recruiter_questions import load_questions, score_questions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "heldout", "all"), default=None)
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--first", type=int, default=0, help="score only the questions from this position on"
    )
    args = parser.parse_args()
    parts = [args.part] if args.part else ["dev", "heldout"]
    with tempfile.TemporaryDirectory() as folder:
        db = open_store(Path(folder) / "demo.db")
        load_demo_if_empty(db)
        print(f"{'part':<8} {'questions':>9} {'read right':>11} {'answered near':>14}")
        for part in parts:
            questions = load_questions(part, first=args.first)
            scores = score_questions(db, questions)
            answerable = len(scores.answered) + len(scores.unanswered)
            print(
                f"{part:<8} {len(questions):>9} {scores.reading_rate:>10.1%} "
                f"{scores.answer_rate:>9.1%} of {answerable}"
            )
            if args.misses:
                for q in scores.misread:
                    print(f"    misread: {q}")
                for q in scores.unanswered:
                    print(f"    not answered near: {q}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
