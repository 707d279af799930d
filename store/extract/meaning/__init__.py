"""What a figure found in text is: its period (written or inferred), money that is not pay,
and amounts that say how pay moved rather than its level."""
