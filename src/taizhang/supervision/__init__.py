"""taizhang.supervision: units, assignments, progress reports, inspections, rectification, notices, rankings."""
