"""Pay laid out on a page's text: class and grade tables, schedules saved a cell or a grade
a line, wage tables by place, lists of jobs, summary cards, and a pay table's columns and rows."""
