"""Evaluations of eventwire against gold standards: each module measures one stage and prints a report."""
