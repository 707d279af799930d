"""Whose each pay figure on a page is: the role, level and place its row, label, sentence,
heading or title names, and money its words say is no one's pay."""
