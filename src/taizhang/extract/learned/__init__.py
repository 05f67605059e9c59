"""Learned components: models that revise a field of the facts the rules found, trained on annotated pages.

Why: rules written from the failures of a few pages read those pages' forms and little else. A model trained on
many annotated pages of many regions and genres learns the cues they share. Each component here keeps the rules'
reading unless its model is confident otherwise, and ships its trained weights in ``data/``; ``corpus`` turns
annotated pages (the gold format of the schema) into training examples with the same facts the pipeline makes.
"""
