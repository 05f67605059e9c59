// Charts for the indicator and pipeline pages (ECharts, served locally).
(function () {
  function data(id) { var el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; }
  var d = data("chart-data");
  if (d && window.echarts) {
    var s = echarts.init(document.getElementById("chart-series"));
    s.setOption({
      tooltip: { trigger: "axis" }, legend: { data: ["目标", "实绩"] },
      xAxis: { type: "category", data: d.period_labels || d.periods }, yAxis: { type: "value", name: d.unit },
      series: [{ name: "目标", type: "line", data: d.target, connectNulls: true, symbolSize: 8 },
               { name: "实绩", type: "bar", data: d.actual }]
    });
    var r = echarts.init(document.getElementById("chart-ranking"));
    var rows = d.ranking.slice().reverse();
    r.setOption({
      tooltip: {}, grid: { left: 100 },
      xAxis: { type: "value", name: d.unit }, yAxis: { type: "category", data: rows.map(function (x) { return x.subject; }) },
      series: [{ type: "bar", data: rows.map(function (x) { return x.value; }), label: { show: true, position: "right" } }]
    });
    window.addEventListener("resize", function () { s.resize(); r.resize(); });
  }
  var p = data("pipeline-data");
  if (p && window.echarts) {
    var c = echarts.init(document.getElementById("chart-pipeline"));
    c.setOption({
      tooltip: { trigger: "axis" }, legend: { data: ["项目数", "计划投资(亿元)", "完成投资(亿元)"] },
      xAxis: { type: "category", data: p.map(function (x) { return x.label; }) },
      yAxis: [{ type: "value", name: "个" }, { type: "value", name: "亿元" }],
      series: [{ name: "项目数", type: "bar", data: p.map(function (x) { return x.count; }) },
               { name: "计划投资(亿元)", type: "line", yAxisIndex: 1, data: p.map(function (x) { return x.planned; }) },
               { name: "完成投资(亿元)", type: "line", yAxisIndex: 1, data: p.map(function (x) { return x.completed; }) }]
    });
  }
})();
