"""Moved to civcat.rules.clauses (issue 16: the analyser lives with the legality rules that use it).

`import civcat.clauses` keeps working: this name is the analyser module itself.
"""

import sys

from .rules.clauses import analyser as _analyser

sys.modules[__name__] = _analyser
