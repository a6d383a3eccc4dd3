"""Texts of the mermaid charts in the markdown export."""

EN = {
    "export.chart.quadrant_title": "Barriers by impact and effort",
    "export.chart.low_effort": "Little effort",
    "export.chart.high_effort": "Much effort",
    "export.chart.low_impact": "Low impact",
    "export.chart.high_impact": "High impact",
    "export.chart.pie_title": "Frustration hours a year per department",
}

NL = {
    "export.chart.quadrant_title": "Barrières naar impact en inspanning",
    "export.chart.low_effort": "Weinig inspanning",
    "export.chart.high_effort": "Veel inspanning",
    "export.chart.low_impact": "Lage impact",
    "export.chart.high_impact": "Hoge impact",
    "export.chart.pie_title": "Frustratie-uren per jaar per afdeling",
}
