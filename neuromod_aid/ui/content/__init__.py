"""The clinic's content editor: edit, review and sign off, history."""
