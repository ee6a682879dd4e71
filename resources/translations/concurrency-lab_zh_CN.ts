<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppTheme</name>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
</context>
<context>
    <name>AxisPainter</name>
    <message>
        <source>units of %1</source>
        <translation>以 %1 为单位</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>CaptionPainter</name>
    <message>
        <source>Caption on %1 at %2</source>
        <translation>%1 上的标注，位于 %2</translation>
    </message>
    <message>
        <source>Double-click to edit it; right-click to remove it.</source>
        <translation>双击可编辑，右键可删除。</translation>
    </message>
</context>
<context>
    <name>ChromeReader</name>
    <message>
        <source>at byte %1: %2</source>
        <translation>第 %1 字节处：%2</translation>
    </message>
    <message>
        <source>not JSON at byte %1: the text is not valid UTF-8</source>
        <translation>第 %1 字节处不是 JSON：文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>not JSON at byte %1: %2</source>
        <translation>第 %1 字节处不是 JSON：%2</translation>
    </message>
    <message>
        <source>not JSON: %1</source>
        <translation>不是 JSON：%1</translation>
    </message>
    <message>
        <source> at byte %1</source>
        <translation>，位于第 %1 字节</translation>
    </message>
    <message>
        <source>not JSON%1 (in event %2): %3</source>
        <translation>不是 JSON%1（第 %2 个事件）：%3</translation>
    </message>
    <message>
        <source>not JSON%1: %2</source>
        <translation>不是 JSON%1：%2</translation>
    </message>
    <message>
        <source>event %1%2: %3</source>
        <translation>事件 %1%2：%3</translation>
    </message>
    <message>
        <source>the conlab object%1: %2</source>
        <translation>conlab 对象%1：%2</translation>
    </message>
    <message>
        <source>not JSON: there is nothing in the file but spaces</source>
        <translation>不是 JSON：文件里只有空白</translation>
    </message>
    <message>
        <source>not JSON at byte %1: a trace starts with { or [, this with &apos;%2&apos;</source>
        <translation>第 %1 字节处不是 JSON：跟踪文件应以 { 或 [ 开头，而这里是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>not JSON at byte %1: more text after the end of the trace</source>
        <translation>第 %1 字节处不是 JSON：跟踪数据结束后还有多余的文本</translation>
    </message>
    <message>
        <source>the object has no traceEvents array</source>
        <translation>该对象没有 traceEvents 数组</translation>
    </message>
    <message>
        <source>traceEvents is not an array</source>
        <translation>traceEvents 不是数组</translation>
    </message>
    <message>
        <source>none of the %1 trace events is of a kind shown here (%2)</source>
        <translation>%1 个跟踪事件中没有一种是这里能显示的（%2）</translation>
    </message>
    <message>
        <source>the file holds no trace events</source>
        <translation>文件中没有跟踪事件</translation>
    </message>
    <message>
        <source>%1 is out of range (%2)</source>
        <translation>%1 超出范围（%2）</translation>
    </message>
    <message>
        <source>%1 is not a whole number (%2)</source>
        <translation>%1 不是整数（%2）</translation>
    </message>
    <message>
        <source>%1 is not a number (%2)</source>
        <translation>%1 不是数字（%2）</translation>
    </message>
    <message>
        <source>missing or extra commas, colons, braces or keys</source>
        <translation>逗号、冒号、括号或键缺失或多余</translation>
    </message>
    <message>
        <source>the file ends inside an object or array</source>
        <translation>文件在对象或数组内部就结束了</translation>
    </message>
    <message>
        <source>a string is never closed</source>
        <translation>有字符串没有闭合</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>文本不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>objects and arrays are nested too deeply</source>
        <translation>对象和数组嵌套过深</translation>
    </message>
    <message>
        <source>a string has a bad escape or an unescaped control character</source>
        <translation>字符串中有错误的转义或未转义的控制字符</translation>
    </message>
    <message>
        <source>a word that is not true, false or null</source>
        <translation>出现了既不是 true、false 也不是 null 的单词</translation>
    </message>
    <message>
        <source>a malformed or out-of-range number</source>
        <translation>数字格式错误或超出范围</translation>
    </message>
    <message>
        <source>there is no JSON in it</source>
        <translation>其中没有 JSON</translation>
    </message>
    <message>
        <source>not enough memory to read it</source>
        <translation>内存不足，无法读取</translation>
    </message>
    <message>
        <source>not an object (%1)</source>
        <translation>不是对象（%1）</translation>
    </message>
    <message>
        <source>%1 is not a string (%2)</source>
        <translation>%1 不是字符串（%2）</translation>
    </message>
    <message>
        <source>args is not an object (%1)</source>
        <translation>args 不是对象（%1）</translation>
    </message>
    <message>
        <source>dur is negative</source>
        <translation>dur 为负数</translation>
    </message>
    <message>
        <source>E with no open B on pid %1 tid %2</source>
        <translation>pid %1 tid %2 上出现了 E，但没有未结束的 B</translation>
    </message>
    <message>
        <source>E is earlier than its B (pid %1 tid %2)</source>
        <translation>E 早于它的 B（pid %1 tid %2）</translation>
    </message>
    <message>
        <source>no ph (phase)</source>
        <translation>缺少 ph（阶段）</translation>
    </message>
    <message>
        <source>no ts</source>
        <translation>缺少 ts</translation>
    </message>
    <message>
        <source>async &apos;%1&apos; event without an id</source>
        <translation>异步事件 &apos;%1&apos; 没有 id</translation>
    </message>
    <message>
        <source>flow &apos;%1&apos; event without an id</source>
        <translation>流事件 &apos;%1&apos; 没有 id</translation>
    </message>
    <message>
        <source>tid %1</source>
        <translation>线程 %1</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 events of kinds not shown here skipped (%2)</source>
        <translation>跳过了 %1 个这里无法显示的事件（%2）</translation>
    </message>
    <message>
        <source>%1 spans without an end closed at the end of the trace</source>
        <translation>%1 个没有结尾的区间在跟踪末尾被关闭</translation>
    </message>
    <message>
        <source>the event list has no closing ]</source>
        <translation>事件列表缺少结尾的 ]</translation>
    </message>
    <message>
        <source>the trace is %1 MB; traces over %2 MB are not opened</source>
        <translation>该跟踪有 %1 MB；超过 %2 MB 的跟踪不会打开</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>文件为空（0 字节）</translation>
    </message>
    <message>
        <source>not enough memory to read %1 MB</source>
        <translation>内存不足，无法读取 %1 MB</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the file is %1 MB; files over %2 MB are not opened</source>
        <translation>该文件有 %1 MB；超过 %2 MB 的文件不会打开</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>conlab is not an object</source>
        <translation>conlab 不是对象</translation>
    </message>
    <message>
        <source>conlab has no format number</source>
        <translation>conlab 没有格式版本号</translation>
    </message>
    <message>
        <source>conlab lists no lanes</source>
        <translation>conlab 没有列出任何泳道</translation>
    </message>
    <message>
        <source>format %1 is not one this program reads (it reads 1)</source>
        <translation>格式 %1 不是本程序能读取的格式（本程序读取格式 1）</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 不是对象</translation>
    </message>
    <message>
        <source>%1 is not JSON: %2</source>
        <translation>%1 不是 JSON：%2</translation>
    </message>
    <message>
        <source>conlab.schedule is not an array</source>
        <translation>conlab.schedule 不是数组</translation>
    </message>
    <message>
        <source>a schedule entry is out of range</source>
        <translation>调度表中有条目超出范围</translation>
    </message>
    <message>
        <source>conlab.lanes is not an array</source>
        <translation>conlab.lanes 不是数组</translation>
    </message>
    <message>
        <source>lane kind &apos;%1&apos; is unknown</source>
        <translation>未知的泳道类型 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a lane in conlab.lanes is not an object</source>
        <translation>conlab.lanes 中有泳道不是对象</translation>
    </message>
    <message>
        <source>lane id %1 is out of range</source>
        <translation>泳道编号 %1 超出范围</translation>
    </message>
    <message>
        <source>lane %1 is listed twice</source>
        <translation>泳道 %1 被列出了两次</translation>
    </message>
    <message>
        <source>lane %1 has no chrome_pid and chrome_tid</source>
        <translation>泳道 %1 没有 chrome_pid 和 chrome_tid</translation>
    </message>
    <message>
        <source>lane %1 shares its Chrome pid and tid with another</source>
        <translation>泳道 %1 与另一条泳道的 Chrome pid 和 tid 相同</translation>
    </message>
    <message>
        <source>%1 %2 is out of range</source>
        <translation>%1 %2 超出范围</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a state</source>
        <translation>&apos;%1&apos; 不是一种状态</translation>
    </message>
    <message>
        <source>a step without a whole line number</source>
        <translation>有一步没有整数行号</translation>
    </message>
    <message>
        <source>&apos;%1&apos; event without a numeric id</source>
        <translation>事件 &apos;%1&apos; 没有数字 id</translation>
    </message>
    <message>
        <source>pid %1 tid %2 is not one of the lanes in conlab.lanes</source>
        <translation>pid %1 tid %2 不在 conlab.lanes 列出的泳道中</translation>
    </message>
    <message>
        <source>truncated: the file ends (at byte %1) inside a string that starts at byte %2%3</source>
        <translation>文件被截断：文件在第 %1 字节处结束，而此处位于从第 %2 字节开始的字符串内部%3</translation>
    </message>
    <message>
        <source>not JSON at byte %1: nested more than %2 levels deep%3</source>
        <translation>第 %1 字节处不是 JSON：嵌套超过 %2 层%3</translation>
    </message>
    <message>
        <source>not JSON at byte %1: &apos;%2&apos; closes nothing</source>
        <translation>第 %1 字节处不是 JSON：&apos;%2&apos; 没有与之配对的开括号</translation>
    </message>
    <message>
        <source>not JSON at byte %1: &apos;%2&apos; closes the &apos;%3&apos; at byte %4%5</source>
        <translation>第 %1 字节处不是 JSON：&apos;%2&apos; 与第 %4 字节处的 &apos;%3&apos; 不配对%5</translation>
    </message>
    <message>
        <source>, in event %1 (which starts at byte %2)</source>
        <translation>，在第 %1 个事件中（该事件从第 %2 字节开始）</translation>
    </message>
    <message>
        <source>truncated: the file ends (at byte %1)%2</source>
        <translation>文件被截断：文件在第 %1 字节处结束%2</translation>
    </message>
    <message>
        <source>truncated: the file ends (at byte %1) inside the &apos;%2&apos; at byte %3</source>
        <translation>文件被截断：文件在第 %1 字节处结束，而此处位于第 %3 字节处的 &apos;%2&apos; 内部</translation>
    </message>
    <message>
        <source>conlab.captions is not an array</source>
        <translation>conlab.captions 不是数组</translation>
    </message>
    <message>
        <source>conlab.captions holds more than %1 captions</source>
        <translation>conlab.captions 中的标注超过 %1 条</translation>
    </message>
    <message>
        <source>caption %1 is not an object</source>
        <translation>第 %1 条标注不是对象</translation>
    </message>
    <message>
        <source>caption %1 has no &quot;%2&quot;</source>
        <translation>第 %1 条标注缺少 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>caption %1: t %2 is negative</source>
        <translation>第 %1 条标注：t %2 为负数</translation>
    </message>
    <message>
        <source>caption %1: lane %2 is not one of the lanes in conlab.lanes</source>
        <translation>第 %1 条标注：泳道 %2 不在 conlab.lanes 中</translation>
    </message>
    <message>
        <source>caption %1 has no text</source>
        <translation>第 %1 条标注没有文字</translation>
    </message>
    <message>
        <source>caption %1 is longer than %2 characters</source>
        <translation>第 %1 条标注超过 %2 个字符</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 needs a whole number, not &apos;%2&apos;</source>
        <translation>--%1 需要一个整数，而不是 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1 must be between %2 and %3 (got %4)</source>
        <translation>--%1 必须在 %2 到 %3 之间（得到的是 %4）</translation>
    </message>
    <message>
        <source>--size needs WIDTHxHEIGHT, such as 1920x1080, not &apos;%1&apos;</source>
        <translation>--size 需要 宽x高 的形式，例如 1920x1080，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--size must be from 320x200 to 7680x4320 (got %1)</source>
        <translation>--size 必须在 320x200 到 7680x4320 之间（得到的是 %1）</translation>
    </message>
    <message>
        <source>--schedule has more than 100000 entries</source>
        <translation>--schedule 的条目超过 100000 个</translation>
    </message>
    <message>
        <source>--schedule needs lane numbers separated by commas, such as 1,2,1,2, not &apos;%1&apos;</source>
        <translation>--schedule 需要用逗号分隔的泳道编号，例如 1,2,1,2，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no workers to sweep</source>
        <translation>场景 &apos;%1&apos; 没有可以扫描的工作者数</translation>
    </message>
    <message>
        <source>--sweep cannot be combined with --schedule or --trials</source>
        <translation>--sweep 不能与 --schedule 或 --trials 一起使用</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no lanes to schedule</source>
        <translation>场景 &apos;%1&apos; 没有可以调度的泳道</translation>
    </message>
    <message>
        <source>--schedule names lane %1, but this run has %2</source>
        <translation>--schedule 指定了泳道 %1，但本次运行只有 %2 条</translation>
    </message>
    <message>
        <source>--schedule and --trials cannot be combined: trials choose their own interleavings</source>
        <translation>--schedule 和 --trials 不能一起使用：多次试验会自行选择交错顺序</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no outcomes to count in trials</source>
        <translation>场景 &apos;%1&apos; 没有可在多次试验中统计的结果</translation>
    </message>
    <message>
        <source>run needs a scenario id (see --list)</source>
        <translation>run 需要一个场景编号（见 --list）</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos; (see --list)</source>
        <translation>未知的场景 &apos;%1&apos;（见 --list）</translation>
    </message>
    <message>
        <source>--%1 and --no-%1 cannot be given together</source>
        <translation>--%1 和 --no-%1 不能同时给出</translation>
    </message>
    <message>
        <source>conflicting values for --%1: %2 and %3</source>
        <translation>--%1 的取值互相冲突：%2 和 %3</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>意外的参数 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 不接受取值</translation>
    </message>
    <message>
        <source>conflicting variants &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>互相冲突的变体 &apos;%1&apos; 和 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;%1&apos; has no variant &apos;%2&apos; (it has: %3)</source>
        <translation>场景 &apos;%1&apos; 没有变体 &apos;%2&apos;（可用的有：%3）</translation>
    </message>
    <message>
        <source>--export writes .png, .svg or .json files, not &apos;%1&apos;</source>
        <translation>--export 只能写 .png、.svg 或 .json 文件，不能写 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--export: the folder %1 does not exist</source>
        <translation>--export：文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>--export: %1 is a folder</source>
        <translation>--export：%1 是一个文件夹</translation>
    </message>
    <message>
        <source>--schedule given twice</source>
        <translation>--schedule 给出了两次</translation>
    </message>
    <message>
        <source>--trials needs a number from 1 to 100000, not &apos;%1&apos;</source>
        <translation>--trials 需要 1 到 100000 之间的数字，而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;run %2&apos; (see --list)</source>
        <translation>&apos;run %2&apos; 没有选项 %1（见 --list）</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 不接受更多参数</translation>
    </message>
    <message>
        <source>open needs exactly one FILE.json</source>
        <translation>open 需要且只需要一个 FILE.json</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see --help)</source>
        <translation>未知的命令 &apos;%1&apos;（见 --help）</translation>
    </message>
    <message>
        <source>cannot load the window module %1: %2</source>
        <translation>无法加载窗口模块 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>cannot open %1: this window cannot show saved runs yet</source>
        <translation>无法打开 %1：这个窗口还不能显示保存的运行</translation>
    </message>
    <message>
        <source>no display to open the window on; try &apos;run ID&apos; (see --help)</source>
        <translation>没有可以打开窗口的显示器；试试 &apos;run ID&apos;（见 --help）</translation>
    </message>
    <message>
        <source>, ideal %1 ms</source>
        <translation>，理想 %1 ms</translation>
    </message>
    <message>
        <source>%1/%2: speed-up against workers, 1 to %3, on %4 cores</source>
        <translation>%1/%2：加速比随工作者数的变化，1 到 %3 个，在 %4 个核心上</translation>
    </message>
    <message>
        <source>  workers   wall ms speed-up  ideal   cpu ms</source>
        <translation>  工作者数  耗时ms   加速比   理想     CPU ms</translation>
    </message>
    <message>
        <source>  stopped</source>
        <translation>  已停止</translation>
    </message>
    <message>
        <source>--compare runs every variant; it cannot be combined with --variant, --lock or --no-lock</source>
        <translation>--compare 会运行每个变体；它不能与 --variant、--lock 或 --no-lock 一起使用</translation>
    </message>
    <message>
        <source>--compare cannot be combined with --sweep, --trials or --schedule</source>
        <translation>--compare 不能与 --sweep、--trials 或 --schedule 一起使用</translation>
    </message>
    <message>
        <source>this window module cannot draw comparisons</source>
        <translation>这个窗口模块不能绘制对比图</translation>
    </message>
    <message>
        <source>--fault names page %1, but the run has %2 pages</source>
        <translation>--fault 指定了第 %1 页，但本次运行只有 %2 个页面</translation>
    </message>
    <message>
        <source>%1 needs a whole number from %2 to %3, not &apos;%4&apos;</source>
        <translation>%1 需要 %2 到 %3 之间的整数，而不是 &apos;%4&apos;</translation>
    </message>
    <message>
        <source>unknown option %1 for &apos;serve&apos; (see --help)</source>
        <translation>&apos;serve&apos; 没有选项 %1（见 --help）</translation>
    </message>
    <message>
        <source>Usage:
  concurrency-lab                      open the window
  concurrency-lab open FILE.json       open the window with a saved run
  concurrency-lab --list               scenarios, variants and parameters
  concurrency-lab run ID [--variant V] [--PARAM VALUE ...] [--lock|--no-lock]
                  [--schedule 1,2,1,2] [--trials N] [--sweep] [--compare]
                  [--export FILE.png|.svg|.json] [--size WxH] [--out DIR] [--json]
  concurrency-lab serve [--port P] [--pages N] [--latency-ms MS] [--fault PAGE:KIND]
                  the crawler&apos;s practice site alone, on 127.0.0.1 (KIND: 404, 500,
                  slow, reset, hang); Ctrl+C stops it
  concurrency-lab --version | --help

A run prints what the program prints and a summary; --json prints one JSON object.
run crawler saves its pages into --out DIR (default: a fresh temporary folder);
--fault PAGE:KIND is short for --fault-page PAGE --fault-kind KIND.
--sweep runs 1, 2, … workers (up to --workers, else twice the cores) and reports
the speed-up against workers; with --export FILE.png or .svg it draws the chart.
--compare runs every variant one after the other and exports them stacked on one
time axis (.png, .svg; .json holds the summaries).
Exit codes: 0 the run ended as the scenario intends, 1 it did not (a lane failed),
2 bad input.
</source>
        <translation>用法：
  concurrency-lab                      打开窗口
  concurrency-lab open FILE.json       打开窗口并载入保存的运行
  concurrency-lab --list               列出场景、变体和参数
  concurrency-lab run ID [--variant V] [--PARAM VALUE ...] [--lock|--no-lock]
                  [--schedule 1,2,1,2] [--trials N] [--sweep] [--compare]
                  [--export FILE.png|.svg|.json] [--size WxH] [--out DIR] [--json]
  concurrency-lab serve [--port P] [--pages N] [--latency-ms MS] [--fault PAGE:KIND]
                  只运行爬虫的练习网站，地址为 127.0.0.1（KIND：404、500、
                  slow、reset、hang）；按 Ctrl+C 停止
  concurrency-lab --version | --help

一次运行会打印程序的输出和一份摘要；--json 只打印一个 JSON 对象。
run crawler 把页面保存到 --out DIR 中（默认：一个新建的临时文件夹）；
--fault PAGE:KIND 是 --fault-page PAGE --fault-kind KIND 的简写。
--sweep 依次用 1、2、… 个工作者运行（最多到 --workers，否则为核心数的两倍），
并报告加速比随工作者数的变化；配合 --export FILE.png 或 .svg 时会画出图表。
--compare 依次运行每个变体，并把它们叠放在同一条时间轴上导出
（.png、.svg；.json 中保存各次运行的摘要）。
退出码：0 表示运行按场景的预期结束，1 表示没有（有泳道失败），
2 表示输入有误。
</translation>
    </message>
    <message>
        <source>practice site on %1 (%2 pages of 20 posts, %3 ms per request); Ctrl+C stops it</source>
        <translation>练习网站运行在 %1（%2 个页面，每页 20 个帖子，每个请求 %3 毫秒）；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <source>   (fault: %1)</source>
        <translation>   （故障：%1）</translation>
    </message>
    <message>
        <source>In Python: urls = [f&quot;%1/p/{page}&quot; for page in range(1, %2)]</source>
        <translation>用 Python 写：urls = [f&quot;%1/p/{page}&quot; for page in range(1, %2)]</translation>
    </message>
    <message>
        <source>(&quot;%1/#p2&quot; would ask for &quot;/&quot; every time: the part after # never reaches the server)</source>
        <translation>（&quot;%1/#p2&quot; 每次请求的都是 &quot;/&quot;：# 后面的部分永远不会发送到服务器）</translation>
    </message>
    <message>
        <source>stopped; requests received: %1</source>
        <translation>已停止；共收到 %1 个请求</translation>
    </message>
    <message>
        <source>--fault needs PAGE:KIND, such as 3:500 (KIND: 404, 500, slow, reset, hang), not &apos;%1&apos;</source>
        <translation>--fault 需要 PAGE:KIND 的形式，例如 3:500（KIND：404、500、slow、reset、hang），而不是 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--fault names page &apos;%1&apos;, but the site has pages 1 to %2</source>
        <translation>--fault 指定了页面 &apos;%1&apos;，但网站只有第 1 到 %2 页</translation>
    </message>
    <message>
        <source>--fault kind must be 404, 500, slow, reset or hang, not &apos;%1&apos;</source>
        <translation>--fault 的故障类型必须是 404、500、slow、reset 或 hang，而不是 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ComparePicture</name>
    <message>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>All finished in about the same time: %1.</source>
        <translation>全部运行用时大致相同：%1。</translation>
    </message>
    <message>
        <source>%1 finished in %2, %3 in %4: %5× as fast.</source>
        <translation>%1 用时 %2，%3 用时 %4：前者的速度是后者的 %5 倍。</translation>
    </message>
    <message>
        <source>Nothing to compare yet</source>
        <translation>还没有可对比的运行</translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 对比 </translation>
    </message>
    <message>
        <source>One time axis for all runs. Solid line: where a run ended; dashed: its ideal time.</source>
        <translation>所有运行共用一条时间轴。实线：运行结束的位置；虚线：它的理想时间。</translation>
    </message>
    <message>
        <source>ideal %1 units</source>
        <translation>理想 %1 个单位</translation>
    </message>
    <message>
        <source>ideal %1</source>
        <translation>理想 %1</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>结束于 %1</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>picture size %1x%2 is outside 1x1 to %3x%4</source>
        <translation>图片尺寸 %1x%2 不在 1x1 到 %3x%4 之间</translation>
    </message>
    <message>
        <source>cannot encode %1 as PNG</source>
        <translation>无法把 %1 编码为 PNG</translation>
    </message>
    <message>
        <source>%1: pictures are .png or .svg</source>
        <translation>%1：图片只能是 .png 或 .svg</translation>
    </message>
    <message>
        <source>%1: exports are .png, .svg or .json</source>
        <translation>%1：只能导出 .png、.svg 或 .json</translation>
    </message>
    <message>
        <source>no runs to compare</source>
        <translation>没有可对比的运行</translation>
    </message>
</context>
<context>
    <name>HistogramPainter</name>
    <message>
        <source>%1: none</source>
        <translation>%1：无</translation>
    </message>
    <message>
        <source>%1: %2, in %3 of the trials</source>
        <translation>%1：%2，占全部试验的 %3</translation>
    </message>
    <message>
        <source>Stale checks</source>
        <translation>过期的检查</translation>
    </message>
    <message>
        <source>Lost updates</source>
        <translation>丢失的更新</translation>
    </message>
    <message>
        <source>Lowest final balance: %1</source>
        <translation>最低的最终余额：%1</translation>
    </message>
    <message>
        <source>balance + paid out = %1 in every trial</source>
        <translation>每次试验中 余额 + 已取出 = %1</translation>
    </message>
    <message>
        <source>balance + paid out = %1 in %2 of the trials</source>
        <translation>%2 的试验中 余额 + 已取出 = %1</translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation>%1 次试验</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>other outcomes</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
</context>
<context>
    <name>LaneHeaderPainter</name>
    <message>
        <source>no thread of its own</source>
        <translation>没有自己的线程</translation>
    </message>
    <message>
        <source>starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>pid %1</source>
        <translation>进程号 %1</translation>
    </message>
    <message>
        <source>pid %1 · tid %2</source>
        <translation>进程号 %1 · 线程号 %2</translation>
    </message>
    <message>
        <source>tid %1</source>
        <translation>线程号 %1</translation>
    </message>
    <message>
        <source>lane %1</source>
        <translation>泳道 %1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Applies the next time the program starts</source>
        <translation>下次启动程序时生效</translation>
    </message>
</context>
<context>
    <name>LegendPainter</name>
    <message>
        <source>holds a lock</source>
        <translation>持有锁</translation>
    </message>
    <message>
        <source>prints a line</source>
        <translation>打印一行</translation>
    </message>
    <message>
        <source>counter value</source>
        <translation>计数器的值</translation>
    </message>
    <message>
        <source>starts / hands over</source>
        <translation>启动 / 移交</translation>
    </message>
    <message>
        <source>stale read → the act it misled</source>
        <translation>过期的读取 → 被它误导的操作</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>Watch the two child lanes: each is a process with a pid of its own, started by the program. Do their Sleeping spans lie side by side or one after the other?</source>
        <translation>注意两条子进程泳道：每个都是由程序启动的进程，有自己的 pid。它们的睡眠区间是并排的，还是一个接一个？</translation>
    </message>
    <message>
        <source>Watch the two thread lanes: one pid, two thread ids. Do their Sleeping spans lie side by side or one after the other?</source>
        <translation>注意两条线程泳道：同一个 pid，两个不同的线程 id。它们的睡眠区间是并排的，还是一个接一个？</translation>
    </message>
    <message>
        <source>Watch the main lane: sing sleeps %1 units, then dance sleeps %2, one after the other.</source>
        <translation>注意主泳道：sing 先睡眠 %1 个单位，然后 dance 睡眠 %2 个单位，一个接一个。</translation>
    </message>
    <message>
        <source>How long will the run take, and what will the counter be at the end, when sing adds 1 for each of its %1 rounds and dance for each of its %2?</source>
        <translation>sing 每轮给计数器加 1，共 %1 轮，dance 也是每轮加 1，共 %2 轮：整个运行要多长时间？结束时计数器是多少？</translation>
    </message>
    <message>
        <source>Both threads add 1 to the same counter in each of their rounds (%1 and %2): what will it be at the end, and how long will the run take?</source>
        <translation>两个线程每轮都给同一个计数器加 1（分别 %1 轮和 %2 轮）：结束时计数器是多少？整个运行要多长时间？</translation>
    </message>
    <message>
        <source>Watch the lock band: while one thread holds it, the other waits in front of the check.</source>
        <translation>注意锁的色带：一个线程持有锁时，另一个线程在检查之前等待。</translation>
    </message>
    <message>
        <source>Watch when each thread checks the balance and when it subtracts: can another thread get in between?</source>
        <translation>注意每个线程什么时候检查余额、什么时候扣款：别的线程能不能插到中间？</translation>
    </message>
    <message>
        <source>%1 threads each withdraw %2 from a balance of %3. What will the balance be at the end?</source>
        <translation>%1 个线程各取款 %2，初始余额为 %3。结束时余额是多少？</translation>
    </message>
    <message>
        <source>Watch the pool&apos;s %1 worker lanes take the jobs, and the main lane wait in result() for each future in turn.</source>
        <translation>注意线程池的 %1 条工作线程泳道如何领取任务，以及主泳道如何依次在 result() 中等待每个 future。</translation>
    </message>
    <message>
        <source>Watch the main lane do read_file, connect_db and send_request one after another.</source>
        <translation>注意主泳道依次执行 read_file、connect_db 和 send_request。</translation>
    </message>
    <message>
        <source>The jobs take 1, 2 and 3 units. How long will the whole program take?</source>
        <translation>三个任务分别需要 1、2、3 个单位。整个程序要多长时间？</translation>
    </message>
    <message>
        <source>Watch the lock band move from worker to worker, and the others wait for it.</source>
        <translation>注意锁的色带如何在工作线程之间传递，其他线程如何等待它。</translation>
    </message>
    <message>
        <source>Watch every worker check the balance before any of them subtracts.</source>
        <translation>注意每个工作线程都在任何一个扣款之前检查了余额。</translation>
    </message>
    <message>
        <source>%1 withdrawals of %2 from %3 on a pool of %4 threads: how many will go through, and what will the balance be?</source>
        <translation>在 %4 个线程的线程池上，从 %3 中取款 %1 次，每次 %2：有几笔能成功？余额最后是多少？</translation>
    </message>
    <message>
        <source>Watch the event-loop lane: one thread runs every task in turn; a task that awaits is suspended and costs only its frame.</source>
        <translation>注意事件循环泳道：一个线程轮流运行所有任务；正在 await 的任务被挂起，只占用它的帧。</translation>
    </message>
    <message>
        <source>Watch the thread lanes: every task has a thread of its own, and each sleeps in the kernel.</source>
        <translation>注意线程泳道：每个任务都有自己的线程，每个线程都在内核里睡眠。</translation>
    </message>
    <message>
        <source>%1 tasks each wait %2 times one unit. On how many threads will they run, and how long will it take?</source>
        <translation>%1 个任务，每个等待 %2 次、每次一个单位。它们会在几个线程上运行？要多长时间？</translation>
    </message>
    <message>
        <source>Watch each thread take its first lock, hold it %1 ms, then ask for the other.</source>
        <translation>注意每个线程先拿到第一把锁，持有 %1 毫秒，然后再去申请另一把。</translation>
    </message>
    <message>
        <source>Watch the order in which the two threads take the locks A and B.</source>
        <translation>注意两个线程获取锁 A 和锁 B 的顺序。</translation>
    </message>
    <message>
        <source>Will both threads finish, or will they wait for each other for ever?</source>
        <translation>两个线程都能完成吗？还是会永远互相等待？</translation>
    </message>
    <message>
        <source>Watch the GIL band: only the thread holding it computes; the others wait their turn.</source>
        <translation>注意 GIL 色带：只有持有它的线程在计算，其他线程等着轮到自己。</translation>
    </message>
    <message>
        <source>Watch the %1 worker lanes: are they all Running at once?</source>
        <translation>注意 %1 条工作者泳道：它们是同时都在运行吗？</translation>
    </message>
    <message>
        <source>%1 workers share %2 chunks of pure computation. How many times faster than one worker will they be?</source>
        <translation>%1 个工作者分摊 %2 个纯计算的数据块。它们会比一个工作者快几倍？</translation>
    </message>
    <message>
        <source>Watch the queue length counter and the waits: producers wait on not-full, consumers on not-empty.</source>
        <translation>注意队列长度计数器和各种等待：生产者等待“未满”，消费者等待“非空”。</translation>
    </message>
    <message>
        <source>%1 producers and %2 consumers share a queue of %3 places. Who will wait more, the producers or the consumers?</source>
        <translation>%1 个生产者和 %2 个消费者共享一个容量为 %3 的队列。谁等待得更多，生产者还是消费者？</translation>
    </message>
    <message>
        <source>Watch the thread lanes: each thread is joined before the next one starts. Is this any faster than one thread?</source>
        <translation>注意线程泳道：每个线程都在下一个线程启动之前被 join。这比单线程快吗？</translation>
    </message>
    <message>
        <source>Watch when each page is downloaded: one at a time, or several at once?</source>
        <translation>注意每个页面是什么时候下载的：一次一个，还是几个同时？</translation>
    </message>
    <message>
        <source>%1 pages, each taking %2 ms to download. How long will the crawl take?</source>
        <translation>%1 个页面，每个下载需要 %2 毫秒。整个爬取要多长时间？</translation>
    </message>
    <message>
        <source>The run took %1 units (%2 ms at %3 ms a unit); the ideal is %4.</source>
        <translation>本次运行用了 %1 个单位（%2 毫秒，每单位 %3 毫秒）；理想值为 %4。</translation>
    </message>
    <message>
        <source>The two processes slept at the same time: the run lasts as long as the longer job, not both together.</source>
        <translation>两个进程同时在睡眠：运行时间只相当于较长的那个任务，而不是两者之和。</translation>
    </message>
    <message>
        <source>The two threads slept at the same time: the run lasts as long as the longer job, not both together.</source>
        <translation>两个线程同时在睡眠：运行时间只相当于较长的那个任务，而不是两者之和。</translation>
    </message>
    <message>
        <source>One job after the other: sing&apos;s %1 units and dance&apos;s %2 add up.</source>
        <translation>一个任务接一个任务：sing 的 %1 个单位和 dance 的 %2 个单位加在了一起。</translation>
    </message>
    <message>
        <source>The counter is %1 in the program: each child added to its own copy of memory, and that copy ended with the child.</source>
        <translation>程序中的计数器是 %1：每个子进程加的是它自己那份内存副本，而那份副本随子进程一起结束了。</translation>
    </message>
    <message>
        <source>The counter is %1: both jobs ran in the program&apos;s own process and added to the same memory.</source>
        <translation>计数器是 %1：两个任务都在程序自己的进程中运行，加的是同一块内存。</translation>
    </message>
    <message>
        <source>The counter is %1: the threads share the process&apos;s memory and added to the same variable.</source>
        <translation>计数器是 %1：线程共享进程的内存，加的是同一个变量。</translation>
    </message>
    <message>
        <source>%1 withdrawals went through and %2 were refused; the balance ended at %3.</source>
        <translation>%1 笔取款成功，%2 笔被拒绝；余额最后为 %3。</translation>
    </message>
    <message>
        <source>Overdrawn: threads passed the check before another had subtracted.</source>
        <translation>透支：几个线程都在别的线程扣款之前通过了检查。</translation>
    </message>
    <message>
        <source>Stale checks: %1, withdrawals decided on a balance that had already changed.</source>
        <translation>过期的检查：%1 次，取款依据的余额其实已经变了。</translation>
    </message>
    <message>
        <source>Lost updates: %1, a subtraction overwritten by another thread&apos;s store.</source>
        <translation>丢失的更新：%1 次，一次扣款被另一个线程的写回覆盖了。</translation>
    </message>
    <message>
        <source>The bank paid out %1 more than the account held.</source>
        <translation>银行付出的钱比账户里的多了 %1。</translation>
    </message>
    <message>
        <source>With the lock, checking and subtracting are one step: a thread that comes second sees the balance after the first one&apos;s withdrawal.</source>
        <translation>加锁后，检查和扣款成为一步：后到的线程看到的是前一个线程取款之后的余额。</translation>
    </message>
    <message>
        <source>Some worker held the lock for %1% of the run.</source>
        <translation>在整个运行中，有 %1% 的时间某个工作线程持有锁。</translation>
    </message>
    <message>
        <source>The program printed used time %1 and took %2 units in all; the ideal is %3.</source>
        <translation>程序打印的用时为 %1，总共用了 %2 个单位；理想值为 %3。</translation>
    </message>
    <message>
        <source>On %1 pool threads the jobs overlapped, while the main thread waited in result() for the futures in turn.</source>
        <translation>在 %1 个线程池线程上，任务相互重叠，而主线程依次在 result() 中等待各个 future。</translation>
    </message>
    <message>
        <source>On the main thread alone the jobs ran one after another: their times add up.</source>
        <translation>只在主线程上，任务一个接一个地执行：它们的时间加在了一起。</translation>
    </message>
    <message>
        <source>%1 tasks finished on %2 threads in %3 units (%4 ms).</source>
        <translation>%1 个任务在 %2 个线程上完成，用了 %3 个单位（%4 毫秒）。</translation>
    </message>
    <message>
        <source>One thread was enough: while a task waits it is suspended, and the event loop runs another.</source>
        <translation>一个线程就够了：任务等待时被挂起，事件循环就去运行另一个任务。</translation>
    </message>
    <message>
        <source>Every task needed a thread of its own, with a whole stack, just to wait.</source>
        <translation>每个任务都需要一个自己的线程，带着一整个栈，只是为了等待。</translation>
    </message>
    <message>
        <source>Deadlock: %1. Each thread holds one lock and waits for the other; neither can ever go on.</source>
        <translation>死锁：%1。每个线程持有一把锁并等待另一把；谁都无法继续。</translation>
    </message>
    <message>
        <source>No deadlock: both threads finished in %1 ms. A thread never held one lock while it waited for the other in the opposite order.</source>
        <translation>没有死锁：两个线程在 %1 毫秒内完成。没有线程在持有一把锁的同时以相反顺序等待另一把。</translation>
    </message>
    <message>
        <source>%1 workers on %2 cores found %3 primes in %4 ms, using %5 ms of CPU: %6 cores&apos; worth at once.</source>
        <translation>%1 个工作者在 %2 个核心上找到 %3 个素数，用时 %4 毫秒，消耗 CPU 时间 %5 毫秒：相当于同时使用了 %6 个核心。</translation>
    </message>
    <message>
        <source>With the GIL only one thread computes at a time, so more threads do not make it faster.</source>
        <translation>有 GIL 时一次只有一个线程在计算，所以线程再多也不会更快。</translation>
    </message>
    <message>
        <source>Pure computation speeds up with the cores that are free, and no further.</source>
        <translation>纯计算随空闲核心的数量加速，但不会超过它。</translation>
    </message>
    <message>
        <source>%1 items produced and %2 consumed; the queue held at most %3 of its %4 places. Producers waited on not-full %5 times, consumers on not-empty %6 times.</source>
        <translation>生产了 %1 个数据项，消费了 %2 个；队列最多同时有 %3 项（容量 %4）。生产者等待“未满” %5 次，消费者等待“非空” %6 次。</translation>
    </message>
    <message>
        <source>%1 pages of %2 ms each took %3 ms; the ideal is %4 ms.</source>
        <translation>%1 个页面，每个 %2 毫秒，总共用了 %3 毫秒；理想值为 %4 毫秒。</translation>
    </message>
    <message>
        <source>One download at a time: the waits add up.</source>
        <translation>一次只下载一个：等待时间加在了一起。</translation>
    </message>
    <message>
        <source>The downloads waited at the same time, so their waits overlapped.</source>
        <translation>各个下载同时在等待，所以它们的等待时间相互重叠。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>1 withdrawal</source>
        <translation>1 次取款</translation>
    </message>
    <message>
        <source>%1 withdrawals</source>
        <translation>%1 次取款</translation>
    </message>
    <message>
        <source>balance %1 · %2</source>
        <translation>余额 %1 · %2</translation>
    </message>
    <message>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>overdrawn</source>
        <translation>透支</translation>
    </message>
    <message>
        <source>money from nowhere</source>
        <translation>凭空多出的钱</translation>
    </message>
    <message>
        <source>Right: the balance never went below 0 and balance + paid out = the starting balance.</source>
        <translation>正确：余额从未低于 0，且 余额 + 已取出 = 初始余额。</translation>
    </message>
    <message>
        <source>Overdrawn: threads passed if balance &gt;= amount before another subtracted, then all subtracted (a stale check).</source>
        <translation>透支：几个线程都在别人扣款之前通过了 if balance &gt;= amount，然后全都扣了款（过期的检查）。</translation>
    </message>
    <message>
        <source>Money from nowhere: a thread stored a balance computed from a load that another thread&apos;s store had already made stale (a lost update).</source>
        <translation>凭空多出的钱：一个线程存回的余额是根据一次读取算出来的，而那次读取已被另一个线程的写入作废（丢失的更新）。</translation>
    </message>
</context>
<context>
    <name>OverlayPainter</name>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
</context>
<context>
    <name>PicturePainter</name>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>interleaving %1</source>
        <translation>交错顺序 %1</translation>
    </message>
    <message>
        <source>showing %1 to %2</source>
        <translation>显示 %1 到 %2</translation>
    </message>
</context>
<context>
    <name>PracticeSite</name>
    <message>
        <source>cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
    <message>
        <source>the HTTP daemon did not start</source>
        <translation>HTTP 服务没有启动</translation>
    </message>
</context>
<context>
    <name>Predictions</name>
    <message>
        <source>%1: as many withdrawals as the money covers</source>
        <translation>%1：钱够几笔就成功几笔</translation>
    </message>
    <message>
        <source>%1: every withdrawal goes through</source>
        <translation>%1：每笔取款都成功</translation>
    </message>
    <message>
        <source>%1: no withdrawal goes through</source>
        <translation>%1：没有一笔取款成功</translation>
    </message>
    <message>
        <source>about %1 units</source>
        <translation>大约 %1 个单位</translation>
    </message>
    <message>
        <source>%1: sing&apos;s and dance&apos;s rounds together</source>
        <translation>%1：sing 和 dance 的轮数之和</translation>
    </message>
    <message>
        <source>%1: only dance&apos;s rounds</source>
        <translation>%1：只有 dance 的轮数</translation>
    </message>
    <message>
        <source>0: the children&apos;s additions stay in the children</source>
        <translation>0：子进程做的加法留在子进程里</translation>
    </message>
    <message>
        <source>What will the counter be at the end?</source>
        <translation>结束时计数器是多少？</translation>
    </message>
    <message>
        <source>How long will the run take?</source>
        <translation>运行要多长时间？</translation>
    </message>
    <message>
        <source>What will the balance be at the end?</source>
        <translation>结束时余额是多少？</translation>
    </message>
    <message>
        <source>one thread</source>
        <translation>一个线程</translation>
    </message>
    <message>
        <source>%1 threads, one per task</source>
        <translation>%1 个线程，每个任务一个</translation>
    </message>
    <message>
        <source>On how many threads will the tasks run?</source>
        <translation>任务会在几个线程上运行？</translation>
    </message>
    <message>
        <source>Will both threads finish?</source>
        <translation>两个线程都能完成吗？</translation>
    </message>
    <message>
        <source>yes, both finish</source>
        <translation>能，两个都完成</translation>
    </message>
    <message>
        <source>no, they deadlock</source>
        <translation>不能，它们会死锁</translation>
    </message>
    <message>
        <source>about 1: one core&apos;s worth</source>
        <translation>大约 1：相当于一个核心</translation>
    </message>
    <message>
        <source>about %1: every worker on a core of its own</source>
        <translation>大约 %1：每个工作者各占一个核心</translation>
    </message>
    <message>
        <source>How many cores&apos; worth of computing will the workers do at once?</source>
        <translation>工作者同时能用上相当于几个核心的计算能力？</translation>
    </message>
    <message>
        <source>Who will wait more often?</source>
        <translation>谁等待得更频繁？</translation>
    </message>
    <message>
        <source>the producers, for a free place</source>
        <translation>生产者，等待空位</translation>
    </message>
    <message>
        <source>the consumers, for an item</source>
        <translation>消费者，等待数据项</translation>
    </message>
    <message>
        <source>both the same</source>
        <translation>两者一样</translation>
    </message>
    <message>
        <source>about %1 ms: one page after another</source>
        <translation>大约 %1 毫秒：一个页面接一个页面</translation>
    </message>
    <message>
        <source>about %1 ms: all pages at once</source>
        <translation>大约 %1 毫秒：所有页面同时下载</translation>
    </message>
    <message>
        <source>How long will the crawl take?</source>
        <translation>爬取要多长时间？</translation>
    </message>
    <message>
        <source>the counter ended at %1</source>
        <translation>计数器最后是 %1</translation>
    </message>
    <message>
        <source>the run took %1 units</source>
        <translation>运行用了 %1 个单位</translation>
    </message>
    <message>
        <source>the balance ended at %1</source>
        <translation>余额最后是 %1</translation>
    </message>
    <message>
        <source>the tasks ran on %1 threads</source>
        <translation>任务在 %1 个线程上运行</translation>
    </message>
    <message>
        <source>the threads deadlocked</source>
        <translation>线程死锁了</translation>
    </message>
    <message>
        <source>both threads finished</source>
        <translation>两个线程都完成了</translation>
    </message>
    <message>
        <source>the workers computed %1 cores&apos; worth at once</source>
        <translation>工作者同时用上了相当于 %1 个核心的计算能力</translation>
    </message>
    <message>
        <source>producers waited %1 times, consumers %2 times</source>
        <translation>生产者等待了 %1 次，消费者等待了 %2 次</translation>
    </message>
    <message>
        <source>the crawl took %1 ms</source>
        <translation>爬取用了 %1 毫秒</translation>
    </message>
</context>
<context>
    <name>RunSummary</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 个单位</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>实测 %1</translation>
    </message>
    <message>
        <source>ideal %1</source>
        <translation>理想 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>entry %1 (lane %2, %3)</source>
        <translation>第 %1 条（泳道 %2，%3）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message>
        <source>%1 threads asked, but this machine allows %2 per run (%3); each thread reserves %4 MiB of stack and a kernel task. Use the coroutines variant for more tasks.</source>
        <translation>要求 %1 个线程，但这台机器每次运行最多允许 %2 个（%3）；每个线程要预留 %4 MiB 的栈和一个内核任务。任务更多时请用协程变体。</translation>
    </message>
    <message>
        <source>one coroutine frame is %1 bytes</source>
        <translation>一个协程帧占 %1 字节</translation>
    </message>
    <message>
        <source>each thread reserves %1 KiB of stack</source>
        <translation>每个线程预留 %1 KiB 的栈</translation>
    </message>
    <message>
        <source>cost per task (same work, fresh process): %1 bytes of peak memory, %2 bytes of heap, %3 us to create; %4</source>
        <translation>每个任务的开销（同样的工作，在新进程中）：峰值内存 %1 字节，堆 %2 字节，创建用时 %3 微秒；%4</translation>
    </message>
    <message>
        <source>Coroutines</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>thousands of waiting tasks on one thread, next to the same work on threads</source>
        <translation>一个线程上成千上万个等待的任务，与同样的工作用线程来做相比</translation>
    </message>
    <message>
        <source>QCoro tasks on one thread: the event loop resumes each whose wait is over. A suspended coroutine keeps only its frame, a few hundred bytes on the heap.</source>
        <translation>一个线程上的 QCoro 任务：事件循环恢复那些等待已结束的任务。挂起的协程只保留它的帧，在堆上占几百字节。</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>One thread per task, scheduled by the OS. Each reserves a whole stack (8 MiB by default) and a kernel task; beyond this machine&apos;s safe limit the run refuses.</source>
        <translation>每个任务一个线程，由操作系统调度。每个线程都要预留一整个栈（默认 8 MiB）和一个内核任务；超出这台机器的安全上限时，运行会被拒绝。</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务数</translation>
    </message>
    <message>
        <source>How many tasks wait at once (threads: up to this machine&apos;s safe limit)</source>
        <translation>同时等待的任务数（线程变体：最多到这台机器的安全上限）</translation>
    </message>
    <message>
        <source>Awaits per task</source>
        <translation>每个任务的等待次数</translation>
    </message>
    <message>
        <source>How many times each task does a step of work and waits one unit</source>
        <translation>每个任务做一步工作并等待一个单位的次数</translation>
    </message>
    <message>
        <source>Measure cost</source>
        <translation>测量开销</translation>
    </message>
    <message>
        <source>Also run the same tasks in a fresh process and report time and memory per task</source>
        <translation>另外在一个新进程中运行同样的任务，报告每个任务的时间和内存开销</translation>
    </message>
    <message>
        <source>CPU-bound</source>
        <translation>CPU 密集型</translation>
    </message>
    <message>
        <source>Counting primes on 1…2×cores workers: the speed-up the cores give, and what the GIL takes away</source>
        <translation>用 1…2×核心数 个工作者数素数：多核带来的加速，以及 GIL 把它拿走了多少</translation>
    </message>
    <message>
        <source>threads of this program, each on any free core: C++ has no global lock</source>
        <translation>本程序的线程，各自运行在任意空闲核心上：C++ 没有全局锁</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>child processes, each with its own memory, as multiprocessing does</source>
        <translation>子进程，各有自己的内存，就像 multiprocessing 那样</translation>
    </message>
    <message>
        <source>Threads with a GIL</source>
        <translation>带 GIL 的线程</translation>
    </message>
    <message>
        <source>threads that must hold one global lock while they compute, as CPython&apos;s GIL forces: this is what the tutorial&apos;s Python threads would do, and they do not speed up</source>
        <translation>线程计算时必须持有同一把全局锁，就像 CPython 的 GIL 所要求的：教程里的 Python 线程就是这样，它们不会加速</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <source>Threads or processes sharing out the chunks (up to twice the cores)</source>
        <translation>分摊数据块的线程或进程数（最多为核心数的两倍）</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>数据块</translation>
    </message>
    <message>
        <source>Chunks of 20 000 numbers to search for primes (each about 5 ms of CPU)</source>
        <translation>每块 20 000 个数，在其中找素数（每块约 5 毫秒 CPU 时间）</translation>
    </message>
    <message>
        <source>Deadlock</source>
        <translation>死锁</translation>
    </message>
    <message>
        <source>Two locks taken in opposite orders: each thread holds one and waits for the other</source>
        <translation>两把锁以相反的顺序获取：每个线程持有一把，等待另一把</translation>
    </message>
    <message>
        <source>Naive</source>
        <translation>朴素写法</translation>
    </message>
    <message>
        <source>t1 takes A then B, t2 takes B then A: a cycle, caught by the detector</source>
        <translation>t1 先拿 A 再拿 B，t2 先拿 B 再拿 A：形成环路，被检测器发现</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>按序加锁</translation>
    </message>
    <message>
        <source>both take A before B: one global order cannot form a cycle</source>
        <translation>两个线程都先拿 A 再拿 B：统一的全局顺序不会形成环路</translation>
    </message>
    <message>
        <source>Scoped lock</source>
        <translation>同时加锁</translation>
    </message>
    <message>
        <source>both locks in one step, as std::scoped_lock: held both or none</source>
        <translation>一步同时拿两把锁，就像 std::scoped_lock：要么都持有，要么都不持有</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>持有时间</translation>
    </message>
    <message>
        <source>How long each thread holds its first lock before it takes the second</source>
        <translation>每个线程在获取第二把锁之前持有第一把锁的时间</translation>
    </message>
    <message>
        <source>Pool and lock</source>
        <translation>线程池与锁</translation>
    </message>
    <message>
        <source>Withdrawals on a thread pool, sleeping inside the lock: who holds it, who waits</source>
        <translation>在线程池上取款，在锁内睡眠：谁持有锁，谁在等待</translation>
    </message>
    <message>
        <source>No lock</source>
        <translation>不加锁</translation>
    </message>
    <message>
        <source>every worker checks the balance before any has subtracted</source>
        <translation>每个工作线程都在任何人扣款之前检查了余额</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>加锁</translation>
    </message>
    <message>
        <source>one withdrawal at a time; the others wait for the lock</source>
        <translation>一次只进行一笔取款；其他的等待锁</translation>
    </message>
    <message>
        <source>Threads in the pool (max_workers)</source>
        <translation>线程池中的线程数（max_workers）</translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation>取款次数</translation>
    </message>
    <message>
        <source>How many withdrawals are submitted</source>
        <translation>提交多少笔取款</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>What each withdrawal takes</source>
        <translation>每笔取款取走的金额</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>The account&apos;s starting balance</source>
        <translation>账户的初始余额</translation>
    </message>
    <message>
        <source>How long a withdrawal sleeps inside the lock (the tutorial&apos;s sleep(0.1))</source>
        <translation>一笔取款在锁内睡眠的时间（教程中的 sleep(0.1)）</translation>
    </message>
    <message>
        <source>Thread pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <source>Jobs of 1, 2 and 3 units on a pool of threads; the main thread waits on futures</source>
        <translation>在线程池上运行 1、2、3 个单位的任务；主线程等待 future</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>read_file, connect_db and send_request one after another on the main thread</source>
        <translation>在主线程上依次执行 read_file、connect_db 和 send_request</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>线程池</translation>
    </message>
    <message>
        <source>the three jobs submitted to a pool of threads; the main thread waits in each future&apos;s result() in the order it submitted them</source>
        <translation>三个任务提交给线程池；主线程按提交顺序在每个 future 的 result() 中等待</translation>
    </message>
    <message>
        <source>sing and dance in two real processes: own pids, no shared memory</source>
        <translation>sing 和 dance 在两个真实的进程中：各有自己的 pid，不共享内存</translation>
    </message>
    <message>
        <source>Producer-consumer</source>
        <translation>生产者-消费者</translation>
    </message>
    <message>
        <source>Producers and consumers share a bounded queue: waits on not-full and not-empty</source>
        <translation>生产者和消费者共享一个有界队列：等待&quot;未满&quot;和&quot;非空&quot;</translation>
    </message>
    <message>
        <source>Condition variable</source>
        <translation>条件变量</translation>
    </message>
    <message>
        <source>one lock and two conditions on it: not_full and not_empty</source>
        <translation>一把锁和它上面的两个条件：not_full 和 not_empty</translation>
    </message>
    <message>
        <source>Semaphores</source>
        <translation>信号量</translation>
    </message>
    <message>
        <source>two counting semaphores, free slots and filled slots, and a lock for the queue</source>
        <translation>两个计数信号量（空槽和已填槽），加一把保护队列的锁</translation>
    </message>
    <message>
        <source>Producers</source>
        <translation>生产者</translation>
    </message>
    <message>
        <source>Threads putting items into the queue</source>
        <translation>往队列里放入数据项的线程</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>消费者</translation>
    </message>
    <message>
        <source>Threads taking items out of the queue</source>
        <translation>从队列里取出数据项的线程</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Most items the queue holds at once</source>
        <translation>队列最多同时容纳的数据项数</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>数据项数</translation>
    </message>
    <message>
        <source>Items produced in all, numbered from 1</source>
        <translation>总共生产的数据项数，从 1 开始编号</translation>
    </message>
    <message>
        <source>Produce time</source>
        <translation>生产时间</translation>
    </message>
    <message>
        <source>Time to make one item, in percent of a unit (varied by 0.5–1.5×)</source>
        <translation>生产一个数据项的时间，以单位的百分比表示（在 0.5–1.5 倍之间变化）</translation>
    </message>
    <message>
        <source>Consume time</source>
        <translation>消费时间</translation>
    </message>
    <message>
        <source>Time to use one item, in percent of a unit (varied by 0.5–1.5×)</source>
        <translation>使用一个数据项的时间，以单位的百分比表示（在 0.5–1.5 倍之间变化）</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Seed of the varied produce and consume times</source>
        <translation>生产和消费时间变化所用的随机种子</translation>
    </message>
    <message>
        <source>Race</source>
        <translation>竞态条件</translation>
    </message>
    <message>
        <source>Two withdrawals of 80 from 100: without a lock the balance can end at -60</source>
        <translation>从 100 中两次取 80：不加锁时余额可能变成 -60</translation>
    </message>
    <message>
        <source>check and subtract are separate steps another thread can cut between</source>
        <translation>检查和扣款是分开的两步，别的线程可以插在中间</translation>
    </message>
    <message>
        <source>a lock makes check-then-subtract one critical section</source>
        <translation>锁让&quot;先检查再扣款&quot;成为一个临界区</translation>
    </message>
    <message>
        <source>Threads, each withdrawing once</source>
        <translation>线程数，每个线程取款一次</translation>
    </message>
    <message>
        <source>What each thread withdraws</source>
        <translation>每个线程取款的金额</translation>
    </message>
    <message>
        <source>Expand</source>
        <translation>展开</translation>
    </message>
    <message>
        <source>Split balance -= amount into load, subtract and store</source>
        <translation>把 balance -= amount 拆成读取、相减和写回三步</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>间隔</translation>
    </message>
    <message>
        <source>Other work between the check and the subtraction, in microseconds</source>
        <translation>检查与扣款之间的其他工作，单位为微秒</translation>
    </message>
    <message>
        <source>Seed of the chaos mode&apos;s random pauses</source>
        <translation>混乱模式随机暂停所用的随机种子</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Length of one unit (the tutorial&apos;s sleep(1)) in milliseconds</source>
        <translation>一个单位（教程中的 sleep(1)）的长度，单位为毫秒</translation>
    </message>
    <message>
        <source>Sing times</source>
        <translation>唱歌次数</translation>
    </message>
    <message>
        <source>How many times sing() sleeps one unit and prints</source>
        <translation>sing() 睡眠一个单位并打印的次数</translation>
    </message>
    <message>
        <source>Dance times</source>
        <translation>跳舞次数</translation>
    </message>
    <message>
        <source>How many times dance() sleeps one unit and prints</source>
        <translation>dance() 睡眠一个单位并打印的次数</translation>
    </message>
    <message>
        <source>Sequential</source>
        <translation>顺序执行</translation>
    </message>
    <message>
        <source>sing() then dance(), both in the main process</source>
        <translation>先 sing() 再 dance()，都在主进程中</translation>
    </message>
    <message>
        <source>Parallel</source>
        <translation>并行执行</translation>
    </message>
    <message>
        <source>sing() and dance() each in a child process of its own</source>
        <translation>sing() 和 dance() 各在自己的子进程中</translation>
    </message>
    <message>
        <source>sing() then dance(), both on the main thread</source>
        <translation>先 sing() 再 dance()，都在主线程上</translation>
    </message>
    <message>
        <source>sing() and dance() each on a thread of its own, in one process</source>
        <translation>sing() 和 dance() 各在自己的线程上，同属一个进程</translation>
    </message>
    <message>
        <source>sing and dance on two threads of one process: one pid, shared memory</source>
        <translation>sing 和 dance 在同一进程的两个线程上：一个 pid，共享内存</translation>
    </message>
    <message>
        <source>Crawler</source>
        <translation>爬虫</translation>
    </message>
    <message>
        <source>the tutorial&apos;s crawler against a practice site of our own: download, parse and save nine pages, five ways</source>
        <translation>教程中的爬虫，爬的是我们自己的练习网站：用五种写法下载、解析并保存九个页面</translation>
    </message>
    <message>
        <source>One page after another on the main thread: nine waits for the network in a row. The tutorial&apos;s URLs ended in #p2, #p3…, a fragment that never reaches the server, so they would fetch the same page nine times; and it saved once per item in write mode, so each file kept only the last item. Here each page has its own path and one save writes all of its items.</source>
        <translation>在主线程上一个页面接一个页面：连续九次等待网络。教程中的 URL 以 #p2、#p3… 结尾，这种片段永远不会发送到服务器，所以会把同一个页面取九次；而且它每个条目都以写入模式保存一次，所以每个文件只留下最后一个条目。这里每个页面都有自己的路径，一次保存就写入它的全部条目。</translation>
    </message>
    <message>
        <source>Start-join in the loop</source>
        <translation>循环内 start 再 join</translation>
    </message>
    <message>
        <source>The tutorial&apos;s threaded version: start() and then join() inside the same loop. Nine threads, but the program waits for each before starting the next, so the pages still download one at a time and it is no faster than sequential.</source>
        <translation>教程中的多线程版本：在同一个循环里先 start() 再 join()。虽然有九个线程，但程序要等每个线程结束才启动下一个，所以页面仍然一次只下载一个，并不比顺序执行快。</translation>
    </message>
    <message>
        <source>Start every thread first, join them afterwards: the nine downloads wait for the network together, about one latency in all.</source>
        <translation>先启动所有线程，之后再逐个 join：九个下载一起等待网络，总共只需大约一个延迟的时间。</translation>
    </message>
    <message>
        <source>A pool of worker threads takes the pages from one queue: as many downloads at once as there are workers.</source>
        <translation>线程池的工作线程从同一个队列中取页面：有多少个工作线程，就同时进行多少个下载。</translation>
    </message>
    <message>
        <source>Nine coroutines on one thread: each suspends at its download and the event loop runs the others, about one latency in all with no extra thread.</source>
        <translation>一个线程上的九个协程：每个协程在下载时挂起，事件循环就去运行其他协程；总共只需大约一个延迟的时间，而且不用额外的线程。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面数</translation>
    </message>
    <message>
        <source>List pages to crawl, 20 posts each</source>
        <translation>要爬取的列表页数，每页 20 个帖子</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>How long the practice site takes to answer each request (0: one unit)</source>
        <translation>练习网站响应每个请求所需的时间（0：一个单位）</translation>
    </message>
    <message>
        <source>Threads in the pool (pool variant)</source>
        <translation>线程池中的线程数（线程池变体）</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>A page not downloaded in this time fails</source>
        <translation>在这段时间内没有下载完的页面算作失败</translation>
    </message>
    <message>
        <source>Faulty page</source>
        <translation>故障页面</translation>
    </message>
    <message>
        <source>Page the site gets wrong on purpose (0: none)</source>
        <translation>网站故意出错的页面（0：无）</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>故障类型</translation>
    </message>
    <message>
        <source>What goes wrong with that page: 1 404, 2 500, 3 slow drip, 4 connection reset, 5 no answer</source>
        <translation>该页面出什么错：1：404，2：500，3：极其缓慢地传输，4：连接被重置，5：没有应答</translation>
    </message>
</context>
<context>
    <name>SpeedupPicture</name>
    <message>
        <source>1 core</source>
        <translation>1 个核心</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 个核心</translation>
    </message>
    <message>
        <source>this machine: %1</source>
        <translation>本机：%1</translation>
    </message>
    <message>
        <source>workers 1 to %1</source>
        <translation>工作者数 1 到 %1</translation>
    </message>
    <message>
        <source>%1 s in all</source>
        <translation>共 %1 秒</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Speed-up against workers: %1 — %2</source>
        <translation>加速比随工作者数的变化：%1 — %2</translation>
    </message>
    <message>
        <source>Each point is one run with that many workers. Speed-up is the 1-worker run&apos;s wall time divided by this run&apos;s. The ideal: each core added makes it that much faster, and more workers than cores add nothing.</source>
        <translation>每个点是用该数量的工作者进行的一次运行。加速比 = 1 个工作者那次运行的耗时 ÷ 本次运行的耗时。理想情况：每增加一个核心，加速比就相应增加 1；工作者多于核心时则不再提高。</translation>
    </message>
    <message>
        <source>Best: %1 with %2 workers (ideal %3).</source>
        <translation>最好：%2 个工作者时达到 %1（理想 %3）。</translation>
    </message>
    <message>
        <source>Every worker must hold one global lock while it computes, as CPython&apos;s GIL forces: one computes, the others wait. The work is the same, the wall time does not shrink. This is what the tutorial&apos;s Python threads would do.</source>
        <translation>每个工作者计算时都必须持有同一把全局锁，就像 CPython 的 GIL 所强制的那样：一个在算，其他的在等。工作量不变，耗时也不会缩短。教程中的 Python 线程就是这样。</translation>
    </message>
    <message>
        <source>Up to the cores, each worker gets a core of its own and the run gets faster. Beyond them the workers take turns on the same cores: no faster, a little slower from the switching.</source>
        <translation>在核心数以内，每个工作者各占一个核心，运行越来越快。超过核心数后，工作者轮流使用同样的核心：不会更快，还会因切换而稍慢一些。</translation>
    </message>
    <message>
        <source>CPU time is the work itself: %1 with one worker, %2 with %3 sharing it, so it is not the work that shrinks, only the wall time.</source>
        <translation>CPU 时间就是工作量本身：一个工作者时为 %1，%3 个工作者分担时为 %2。缩短的不是工作量，只是耗时。</translation>
    </message>
    <message>
        <source>The cores were not free: one worker&apos;s run took %1 for %2 of computing, so other programs were using them. Run the sweep again on a quiet machine to see what it can do.</source>
        <translation>核心并不空闲：一个工作者的那次运行只计算了 %2，却用了 %1，说明有其他程序在占用核心。请在空闲的机器上重新扫描，看看它真正能做到多少。</translation>
    </message>
    <message>
        <source>Stopped early: %1 of %2 worker counts measured.</source>
        <translation>提前停止：%2 种工作者数中测了 %1 种。</translation>
    </message>
    <message>
        <source>speed-up (× as fast as 1 worker)</source>
        <translation>加速比（1 个工作者速度的 × 倍）</translation>
    </message>
    <message>
        <source>workers</source>
        <translation>工作者数</translation>
    </message>
    <message>
        <source>more workers than cores: they take turns</source>
        <translation>工作者多于核心：轮流使用核心</translation>
    </message>
    <message>
        <source>time each run took</source>
        <translation>每次运行的耗时</translation>
    </message>
    <message>
        <source>measured speed-up, one run each</source>
        <translation>实测加速比，每种各运行一次</translation>
    </message>
    <message>
        <source>ideal speed-up</source>
        <translation>理想加速比</translation>
    </message>
    <message>
        <source>the cores of this machine</source>
        <translation>本机的核心数</translation>
    </message>
    <message>
        <source>wall time of the run</source>
        <translation>运行的实际耗时</translation>
    </message>
    <message>
        <source>CPU time of the workers, one segment each</source>
        <translation>工作者的 CPU 时间，每个工作者一段</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>local %1 = %2</source>
        <translation>局部变量 %1 = %2</translation>
    </message>
    <message>
        <source>moving to its next step…</source>
        <translation>正在走向下一步…</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>启动中…</translation>
    </message>
    <message>
        <source>waiting for the lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>SweepPicture</name>
    <message>
        <source>%1 runs per gap, %2 s</source>
        <translation>每个间隔 %1 次运行，%2 秒</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>Why does my Python print 20?</source>
        <translation>为什么我的 Python 打印出 20？</translation>
    </message>
    <message>
        <source>How often each outcome occurs against the work between the check and the subtraction (the gap), with the threads scheduled by the operating system alone: free mode, no pauses added.</source>
        <translation>各种结果出现的频率随检查与扣款之间的工作量（间隔）的变化，线程完全由操作系统调度：自由模式，不额外插入暂停。</translation>
    </message>
    <message>
        <source>CPython runs one thread at a time and asks it to hand over only every 5 ms (sys.getswitchinterval() returns 0.005), or when it blocks. The tutorial&apos;s draw() checks and subtracts within microseconds, well inside one slice, so the other thread almost never gets in between: Python prints 20. Put a sleep, a slow print or other I/O between the check and the subtraction (the gap) and the race shows there too.</source>
        <translation>CPython 一次只运行一个线程，并且只有每隔 5 毫秒（sys.getswitchinterval() 返回 0.005）或线程阻塞时才要求它让出。教程中的 draw() 在几微秒内就完成了检查和扣款，远在一个时间片之内，所以另一个线程几乎从来插不进去：Python 打印出 20。在检查和扣款之间放一次 sleep、一次慢速的 print 或其他 I/O（即间隔），竞态在 Python 中也会出现。</translation>
    </message>
    <message>
        <source>Real threads have no such slice: on this machine the wrong balance came in at least half the runs at every gap from %1 µs on.</source>
        <translation>真正的线程没有这样的时间片：在这台机器上，从 %1 µs 起的每个间隔，至少有一半的运行得到了错误的余额。</translation>
    </message>
    <message>
        <source>gap between check and act, µs (log scale)</source>
        <translation>检查与操作之间的间隔，µs（对数刻度）</translation>
    </message>
</context>
<context>
    <name>TimeAxis</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ns</source>
        <translation>%1 纳秒</translation>
    </message>
</context>
<context>
    <name>TimelineHit</name>
    <message>
        <source>at %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>从 %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>持续 %1</translation>
    </message>
    <message>
        <source>prints</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>TimelinePainter</name>
    <message>
        <source>holds %1</source>
        <translation>持有 %1</translation>
    </message>
</context>
<context>
    <name>TimelineTheme</name>
    <message>
        <source>Starting</source>
        <translation>启动中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Sleeping</source>
        <translation>睡眠中</translation>
    </message>
    <message>
        <source>Waiting for a lock</source>
        <translation>等待锁</translation>
    </message>
    <message>
        <source>Waiting for I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>Waiting in join</source>
        <translation>在 join 中等待</translation>
    </message>
    <message>
        <source>Waiting for a result</source>
        <translation>等待结果</translation>
    </message>
    <message>
        <source>Waiting on a condition</source>
        <translation>等待条件</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>main program</source>
        <translation>主程序</translation>
    </message>
    <message>
        <source>process</source>
        <translation>进程</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>线程</translation>
    </message>
    <message>
        <source>pool worker</source>
        <translation>线程池工作线程</translation>
    </message>
    <message>
        <source>coroutine</source>
        <translation>协程</translation>
    </message>
    <message>
        <source>event loop</source>
        <translation>事件循环</translation>
    </message>
</context>
<context>
    <name>TrialsPicture</name>
    <message>
        <source>%1 chaos trials, %2</source>
        <translation>%1 次混乱模式试验，%2</translation>
    </message>
    <message>
        <source>%1 chaos trials of each variant</source>
        <translation>每个变体 %1 次混乱模式试验</translation>
    </message>
    <message>
        <source>seeds %1–%2</source>
        <translation>随机种子 %1–%2</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Each trial runs the real threads with seeded random pauses at every step. A bar counts the trials that ended with that balance after that many withdrawals.</source>
        <translation>每次试验都运行真实的线程，并在每一步插入带种子的随机暂停。每根柱子统计的是：在那么多次取款之后，以那个余额结束的试验次数。</translation>
    </message>
</context>
<context>
    <name>conlab::CaptionEditor</name>
    <message>
        <source>Caption: Enter keeps it, Esc cancels</source>
        <translation>标注：回车保存，Esc 取消</translation>
    </message>
    <message>
        <source>A note pinned to this moment of the lane. It is saved with the run and shown in exported pictures. Leave it empty to remove the caption.</source>
        <translation>钉在泳道这一时刻的说明。它随运行一起保存，也会出现在导出的图片里。清空文字即可删除该标注。</translation>
    </message>
</context>
<context>
    <name>conlab::CompareSession</name>
    <message>
        <source>Comparing: running %1 (%2 of %3) on the Timeline tab …</source>
        <translation>正在对比：在“时间线”页上运行 %1（第 %2 个，共 %3 个）…</translation>
    </message>
</context>
<context>
    <name>conlab::CompareView</name>
    <message>
        <source>Compare runs every variant of the scenario one after the other and stacks them here on one time axis.</source>
        <translation>“对比”把场景的每个变体依次运行一遍，并把它们叠放在这里的同一条时间轴上。</translation>
    </message>
</context>
<context>
    <name>conlab::ExperimentView</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export Picture…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Running… the picture appears when the runs are done.</source>
        <translation>运行中……全部运行结束后会显示图片。</translation>
    </message>
</context>
<context>
    <name>conlab::Experiments</name>
    <message>
        <source>Trials run the scenario many times in chaos mode, each variant side by side, and count how often each outcome occurs. Press Trials on the left.</source>
        <translation>多次试验以混乱模式把场景运行很多遍，各个变体并排，统计每种结果出现的频率。请按左侧的“多次试验”。</translation>
    </message>
    <message>
        <source>Why does my Python print 20? Sweep Gap runs the race in free mode at gaps from 0 to 1000 µs between the check and the subtraction, and plots how often each outcome occurs.</source>
        <translation>为什么我的 Python 打印出 20？“扫描间隔”在检查与扣款之间取 0 到 1000 µs 的间隔，以自由模式运行竞态场景，并画出每种结果出现的频率。</translation>
    </message>
    <message>
        <source>%1 chaos trials of each variant…</source>
        <translation>每个变体 %1 次混乱模式试验…</translation>
    </message>
    <message>
        <source>%1 free runs at each of %2 gaps…</source>
        <translation>%2 个间隔，每个间隔自由运行 %1 次…</translation>
    </message>
    <message>
        <source>%1 trials in %2 s</source>
        <translation>%1 次试验，用时 %2 秒</translation>
    </message>
    <message>
        <source>%1 free runs in %2 s</source>
        <translation>%1 次自由运行，用时 %2 秒</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>conlab::ExportDialog</name>
    <message>
        <source>The whole run</source>
        <translation>整个运行</translation>
    </message>
    <message>
        <source>What the timeline shows now</source>
        <translation>时间线当前显示的部分</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Picture size</source>
        <translation>图片尺寸</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg);;Chrome trace (*.json)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg);;Chrome 跟踪 (*.json)</translation>
    </message>
    <message>
        <source>PNG picture</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG drawing (scales without blur)</source>
        <translation>SVG 矢量图（缩放不会模糊）</translation>
    </message>
    <message>
        <source>Chrome trace: opens in Perfetto and chrome://tracing; the range is always whole</source>
        <translation>Chrome 跟踪：可以在 Perfetto 和 chrome://tracing 中打开；范围总是整个运行</translation>
    </message>
    <message>
        <source>Name the file .png, .svg or .json</source>
        <translation>文件名请以 .png、.svg 或 .json 结尾</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>conlab::LessonPanel</name>
    <message>
        <source>&amp;Predict Before Each Run</source>
        <translation>每次运行前先预测(&amp;P)</translation>
    </message>
    <message>
        <source>Before a run, ask the class a question about it; after it, reveal the answer</source>
        <translation>运行前向全班提一个关于它的问题；运行后揭晓答案</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>看点：</translation>
    </message>
    <message>
        <source>Ask the class:</source>
        <translation>问问全班：</translation>
    </message>
    <message>
        <source>Predict: %1</source>
        <translation>预测：%1</translation>
    </message>
    <message>
        <source>Stopped:</source>
        <translation>已停止：</translation>
    </message>
    <message>
        <source>the run did not finish, so it answers nothing yet.</source>
        <translation>运行没有完成，所以还不能给出答案。</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>发生了什么：</translation>
    </message>
    <message>
        <source>Answer: %1, that is “%2”.</source>
        <translation>答案：%1，也就是“%2”。</translation>
    </message>
    <message>
        <source>Answer: %1, none of the choices.</source>
        <translation>答案：%1，不在任何选项中。</translation>
    </message>
    <message>
        <source>Right! %1, as predicted: “%2”.</source>
        <translation>答对了！%1，和预测的一样：“%2”。</translation>
    </message>
    <message>
        <source>Not this time: the prediction was “%1”, but %2, that is “%3”.</source>
        <translation>这次没猜中：预测的是“%1”，但%2，也就是“%3”。</translation>
    </message>
    <message>
        <source>Not this time: the prediction was “%1”, but %2, none of the choices.</source>
        <translation>这次没猜中：预测的是“%1”，但%2，不在任何选项中。</translation>
    </message>
</context>
<context>
    <name>conlab::MainWindow</name>
    <message>
        <source>Concurrency Lab</source>
        <translation>并发实验室</translation>
    </message>
    <message>
        <source>Pick a scenario, set it up, press Run.</source>
        <translation>选一个场景，设置好，按“运行”。</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Many Runs</source>
        <translation>多次运行</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Trials</source>
        <translation>多次试验</translation>
    </message>
    <message>
        <source>Gap Sweep</source>
        <translation>扫描间隔</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save Run…</source>
        <translation>保存运行(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Shift+Space</source>
        <translation>Shift+Space</translation>
    </message>
    <message>
        <source>&amp;Trials</source>
        <translation>多次试验(&amp;T)</translation>
    </message>
    <message>
        <source>Sweep &amp;Gap</source>
        <translation>扫描间隔(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keys and Mouse</source>
        <translation>键盘与鼠标(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Undo Step</source>
        <translation>撤销一步(&amp;U)</translation>
    </message>
    <message>
        <source>Step Thread %1</source>
        <translation>让线程 %1 走一步</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>程序：%1</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Paused: every lane holds at its next step and the clock stands still. Space resumes.</source>
        <translation>已暂停：每条泳道停在下一步之前，时钟也停住了。按空格键继续。</translation>
    </message>
    <message>
        <source>Running %1 …</source>
        <translation>正在运行 %1 …</translation>
    </message>
    <message>
        <source>Concurrency Lab — %1</source>
        <translation>并发实验室 — %1</translation>
    </message>
    <message>
        <source>Running %1 — %2 …</source>
        <translation>正在运行 %1 — %2 …</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <source>Keys and Mouse</source>
        <translation>键盘与鼠标</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课堂讲解</translation>
    </message>
    <message>
        <source>Comparison stopped.</source>
        <translation>对比已停止。</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Compare &amp;With Saved Run…</source>
        <translation>与保存的运行对比(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Compare Variants</source>
        <translation>对比各变体(&amp;C)</translation>
    </message>
    <message>
        <source>Sweep &amp;Workers</source>
        <translation>扫描工作者数(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Lab</source>
        <translation>关于并发实验室(&amp;A)</translation>
    </message>
    <message>
        <source>About Concurrency Lab</source>
        <translation>关于并发实验室</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Concurrency Lab %1&lt;/h3&gt;&lt;p&gt;Teaches concurrency by running it for real: processes, threads, locks, thread pools and coroutines, recorded as they happen and drawn as timelines.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;并发实验室 %1&lt;/h3&gt;&lt;p&gt;通过真实运行来讲授并发：进程、线程、锁、线程池和协程，在运行时被记录下来，并画成时间线。&lt;/p&gt;&lt;p&gt;自由软件，依据 GNU 通用公共许可证第 3 版或任何更新的版本发布。不提供任何担保。&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A workers sweep is running: cancel it first.</source>
        <translation>正在扫描工作者数：请先取消它。</translation>
    </message>
    <message>
        <source>Compare With Saved Run</source>
        <translation>与保存的运行对比</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Replay: &amp;Next Event</source>
        <translation>回放：下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>Replay: &amp;Previous Event</source>
        <translation>回放：上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>Replay: P&amp;lay / Pause</source>
        <translation>回放：播放 / 暂停(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Next Variant</source>
        <translation>下一个变体(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous Variant</source>
        <translation>上一个变体(&amp;P)</translation>
    </message>
    <message>
        <source>Next Sc&amp;enario</source>
        <translation>下一个场景(&amp;E)</translation>
    </message>
    <message>
        <source>Previous Scenari&amp;o</source>
        <translation>上一个场景(&amp;O)</translation>
    </message>
    <message>
        <source>Speed: %1 ms per unit</source>
        <translation>速度：每单位 %1 毫秒</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>放慢(&amp;L)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>选择 %1</translation>
    </message>
    <message>
        <source>There is no choice %1 to make now.</source>
        <translation>现在没有可选的选项 %1。</translation>
    </message>
    <message>
        <source>Click a span for its details, double-click a lane to pin a caption there. Drag or wheel to pan, Ctrl+wheel or +/− to zoom, Shift+drag to zoom to a stretch, F to fit.</source>
        <translation>点击一个区间查看详情，双击泳道可在该处钉上标注。拖动或滚轮平移，Ctrl+滚轮或 +/− 缩放，Shift+拖动放大到一段时间，F 适应窗口。</translation>
    </message>
    <message>
        <source>Caption changed: save the run (Ctrl+S) to keep it.</source>
        <translation>标注已更改：保存运行（Ctrl+S）才能保留。</translation>
    </message>
    <message>
        <source>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;run; while running, pause and resume&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;stop&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Step mode: that thread takes one step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Step mode: take back the last step&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;V / Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous variant&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next / previous scenario&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;slower / faster: a longer or shorter unit for the next run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A – D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;choose the prediction before a run&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;replay a finished run: play / pause&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;. / ,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;replay a finished run: next / previous event&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11 / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;presentation mode / leave it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / Ctrl+wheel&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+drag&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom to a stretch of time&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fit the whole run (and follow it while it runs)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;drag / wheel / ← →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pan&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;wheel over the lane names&lt;/b&gt;&lt;/td&gt;&lt;td&gt;scroll the lanes&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;click&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select a span and show its details&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;click ▾ by a lane&lt;/b&gt;&lt;/td&gt;&lt;td&gt;fold the lane and what belongs to it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;double-click a lane&lt;/b&gt;&lt;/td&gt;&lt;td&gt;pin a caption there; double-click a caption to edit it, right-click it to remove it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;open a saved run or a Chrome trace (or drop the file on the window)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;save the run / export it&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;copy the timeline as a picture&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;quit&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellpadding=3&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;运行；运行中则暂停和继续&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+Space&lt;/b&gt;&lt;/td&gt;&lt;td&gt;停止&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;1 – 9&lt;/b&gt;&lt;/td&gt;&lt;td&gt;单步模式：该线程走一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;&lt;/td&gt;&lt;td&gt;单步模式：撤回上一步&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;V / Shift+V&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个变体&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+PgDown / Ctrl+PgUp&lt;/b&gt;&lt;/td&gt;&lt;td&gt;下一个 / 上一个场景&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;[ / ]&lt;/b&gt;&lt;/td&gt;&lt;td&gt;放慢 / 加快：下一次运行的时间单位更长或更短&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;A – D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;运行前选择预测&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;P&lt;/b&gt;&lt;/td&gt;&lt;td&gt;回放已结束的运行：播放 / 暂停&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;. / ,&lt;/b&gt;&lt;/td&gt;&lt;td&gt;回放已结束的运行：下一个 / 上一个事件&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F11 / Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;演示模式 / 退出演示模式&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+ / − / Ctrl+滚轮&lt;/b&gt;&lt;/td&gt;&lt;td&gt;缩放&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Shift+拖动&lt;/b&gt;&lt;/td&gt;&lt;td&gt;放大到一段时间&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;显示整个运行（运行中则跟随它）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;拖动 / 滚轮 / ← →&lt;/b&gt;&lt;/td&gt;&lt;td&gt;平移&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;在泳道名称上滚动滚轮&lt;/b&gt;&lt;/td&gt;&lt;td&gt;滚动泳道&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;点击&lt;/b&gt;&lt;/td&gt;&lt;td&gt;选中一个区间并显示详情&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;点击泳道旁的 ▾&lt;/b&gt;&lt;/td&gt;&lt;td&gt;折叠该泳道及其下属泳道&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;双击泳道&lt;/b&gt;&lt;/td&gt;&lt;td&gt;在该处钉上标注；双击标注可编辑，右键可删除&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+O&lt;/b&gt;&lt;/td&gt;&lt;td&gt;打开保存的运行或 Chrome 跟踪（也可以把文件拖到窗口上）&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+S / Ctrl+E&lt;/b&gt;&lt;/td&gt;&lt;td&gt;保存运行 / 导出&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+C&lt;/b&gt;&lt;/td&gt;&lt;td&gt;把时间线复制为图片&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Q&lt;/b&gt;&lt;/td&gt;&lt;td&gt;退出&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>conlab::OutputConsole</name>
    <message>
        <source>What the program prints appears here.</source>
        <translation>程序打印的内容显示在这里。</translation>
    </message>
</context>
<context>
    <name>conlab::Presentation</name>
    <message>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>单步 %1</translation>
    </message>
    <message>
        <source>Thread %1 takes one step (key %1)</source>
        <translation>线程 %1 走一步（按键 %1）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source> ms per unit</source>
        <translation> 毫秒/单位</translation>
    </message>
    <message>
        <source>How long one unit (the tutorial&apos;s sleep(1)) lasts: slower for the class to follow</source>
        <translation>一个单位（教程中的 sleep(1)）持续多久：放慢一些，便于全班跟上</translation>
    </message>
    <message>
        <source>Leave (F11)</source>
        <translation>退出演示（F11）</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>回到普通窗口</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
</context>
<context>
    <name>conlab::ReplayBar</name>
    <message>
        <source>Replay</source>
        <translation>回放</translation>
    </message>
    <message>
        <source>Play the run back: the timeline shows it as it stood at the play head. &apos;.&apos; and &apos;,&apos; step to the next and the previous event.</source>
        <translation>回放这次运行：时间线显示运行在播放头所在时刻的状态。按 &apos;.&apos; 和 &apos;,&apos; 跳到下一个和上一个事件。</translation>
    </message>
    <message>
        <source>Previous event (,)</source>
        <translation>上一个事件（,）</translation>
    </message>
    <message>
        <source>Next event (.)</source>
        <translation>下一个事件（.）</translation>
    </message>
    <message>
        <source>Play or pause the replay</source>
        <translation>播放或暂停回放</translation>
    </message>
    <message>
        <source>Drag to move the play head</source>
        <translation>拖动以移动播放头</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed against the run&apos;s own time</source>
        <translation>回放速度，相对于运行本身的时间</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>conlab::ResultPanel</name>
    <message>
        <source>&lt;span style=&apos;color:#5c6670&apos;&gt;Results appear here: measured against ideal time, the values the program ends with, its counters.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5c6670&apos;&gt;结果显示在这里：实测时间与理想时间的对比、程序结束时的取值、它的计数器。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>目前为止</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>理想</translation>
    </message>
    <message>
        <source>Measured / ideal</source>
        <translation>实测 / 理想</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>计数器</translation>
    </message>
    <message>
        <source>Counters at the end</source>
        <translation>结束时的计数器</translation>
    </message>
</context>
<context>
    <name>conlab::RunControls</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>变体</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>自由</translation>
    </message>
    <message>
        <source>Chaos</source>
        <translation>混乱</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Run the scenario (Space)</source>
        <translation>运行场景（空格键）</translation>
    </message>
    <message>
        <source>Stop the run: every thread is joined, every child process ended</source>
        <translation>停止运行：等待每个线程结束，终止每个子进程</translation>
    </message>
    <message>
        <source>Hold every lane at its next step and stop the run&apos;s clock (Space)</source>
        <translation>让每条泳道停在下一步之前，并停住运行的时钟（空格键）</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <source> ms per unit</source>
        <translation> 毫秒/单位</translation>
    </message>
    <message>
        <source>From %1 to %2, default %3</source>
        <translation>从 %1 到 %2，默认 %3</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>the threads go as the operating system schedules them</source>
        <translation>线程按操作系统的调度运行</translation>
    </message>
    <message>
        <source>random pauses at every step shake out races; the seed makes a run repeatable</source>
        <translation>每一步都插入随机暂停，让竞态暴露出来；随机种子使运行可以重现</translation>
    </message>
    <message>
        <source>you are the scheduler: a thread takes one step when you press its number</source>
        <translation>你就是调度器：按线程的编号，它就走一步</translation>
    </message>
    <message>
        <source>Compare Variants</source>
        <translation>对比各变体</translation>
    </message>
    <message>
        <source>Run every variant with these settings, one after the other, and show them stacked on one time axis</source>
        <translation>用这些设置依次运行每个变体，并把它们叠放在同一条时间轴上显示</translation>
    </message>
</context>
<context>
    <name>conlab::RunFiles</name>
    <message>
        <source>Save Run</source>
        <translation>保存运行</translation>
    </message>
    <message>
        <source>Run (*.json)</source>
        <translation>运行 (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Copied the timeline as a 1920×1080 picture.</source>
        <translation>已把时间线复制为 1920×1080 的图片。</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Runs and Chrome traces (*.json);;All files (*)</source>
        <translation>运行和 Chrome 跟踪 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 does not open:
%2</source>
        <translation>无法打开 %1：
%2</translation>
    </message>
    <message>
        <source>a comparison is a picture: choose .png or .svg</source>
        <translation>对比结果是一张图片：请选择 .png 或 .svg</translation>
    </message>
    <message>
        <source>Copied the comparison as a 1920×1080 picture.</source>
        <translation>已把对比复制为 1920×1080 的图片。</translation>
    </message>
</context>
<context>
    <name>conlab::ScheduleStrip</name>
    <message>
        <source>1 step</source>
        <translation>1 步</translation>
    </message>
    <message>
        <source>%1 steps</source>
        <translation>%1 步</translation>
    </message>
    <message>
        <source>+%1 earlier</source>
        <translation>+ 之前 %1 步</translation>
    </message>
    <message>
        <source>no steps yet</source>
        <translation>还没有走任何一步</translation>
    </message>
</context>
<context>
    <name>conlab::SpeedupSweep</name>
    <message>
        <source>Do more workers make it faster? Sweep Workers runs the scenario with 1, 2, … workers, up to twice the cores, and plots the speed-up against the ideal, with this machine&apos;s cores marked.</source>
        <translation>工作者越多就越快吗？“扫描工作者数”依次用 1、2、… 个工作者运行场景，最多到核心数的两倍，画出加速比并与理想值对比，还标出本机的核心数。</translation>
    </message>
    <message>
        <source>Sweep Workers</source>
        <translation>扫描工作者数</translation>
    </message>
    <message>
        <source>Speed-up</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>Run the scenario once with each number of workers from 1 to twice the cores and plot the speed-up</source>
        <translation>工作者数从 1 到核心数的两倍，每种各运行一次场景，并画出加速比</translation>
    </message>
    <message>
        <source>Workers 1 to %1, one run each; this machine has %2 cores.</source>
        <translation>工作者数 1 到 %1，每种运行一次；本机有 %2 个核心。</translation>
    </message>
    <message>
        <source>Sweeping workers 1 to %1…</source>
        <translation>正在扫描工作者数 1 到 %1…</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 worker counts.</source>
        <translation>在 %2 种工作者数中测完 %1 种后停止。</translation>
    </message>
    <message>
        <source>%1 runs in %2 s</source>
        <translation>%1 次运行，用时 %2 秒</translation>
    </message>
    <message>
        <source>Export Picture</source>
        <translation>导出图片</translation>
    </message>
    <message>
        <source>PNG picture (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
</context>
<context>
    <name>conlab::StepDriver</name>
    <message>
        <source>The steps the threads take, in the order they take them.</source>
        <translation>线程所走的步骤，按实际发生的顺序排列。</translation>
    </message>
    <message>
        <source>The interleaving this run took. Copy it to replay it with --schedule, or step it yourself in Step mode.</source>
        <translation>本次运行的交错顺序。复制下来可以用 --schedule 重放，也可以在单步模式中亲自一步步走。</translation>
    </message>
    <message>
        <source>The run is over. Ctrl+Z takes back the last step.</source>
        <translation>运行已经结束。Ctrl+Z 可以撤回上一步。</translation>
    </message>
    <message>
        <source>No thread can move: each waits for a lock another holds.</source>
        <translation>没有线程能继续：每个线程都在等待另一个线程持有的锁。</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are the scheduler.&lt;/b&gt; Press a thread&apos;s number (1–%1) or its button: it takes exactly one step.</source>
        <translation>&lt;b&gt;你就是调度器。&lt;/b&gt;按线程的编号（1–%1）或它的按钮：它就恰好走一步。</translation>
    </message>
    <message>
        <source>There is no thread %1 in this run.</source>
        <translation>本次运行中没有线程 %1。</translation>
    </message>
    <message>
        <source>%1 waits for the lock: it cannot take a step.</source>
        <translation>%1 在等待锁：它不能走下一步。</translation>
    </message>
    <message>
        <source>%1 is done.</source>
        <translation>%1 已完成。</translation>
    </message>
    <message>
        <source>Took back step %1.</source>
        <translation>撤回了第 %1 步。</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>conlab::StepPanel</name>
    <message>
        <source>Undo Step</source>
        <translation>撤销一步</translation>
    </message>
    <message>
        <source>Copy --schedule</source>
        <translation>复制 --schedule</translation>
    </message>
    <message>
        <source>Take back the last step (Ctrl+Z): the run is replayed up to the step before</source>
        <translation>撤回上一步（Ctrl+Z）：运行会重放到上一步之前</translation>
    </message>
    <message>
        <source>Interleaving:</source>
        <translation>交错顺序：</translation>
    </message>
    <message>
        <source>Copy the steps as a --schedule option: the command line replays this interleaving</source>
        <translation>把这些步骤复制为 --schedule 选项：命令行会重放这个交错顺序</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message>
        <source>next:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>One step of %1 (key %2)</source>
        <translation>%1 走一步（按键 %2）</translation>
    </message>
    <message>
        <source>One step of %1</source>
        <translation>%1 走一步</translation>
    </message>
</context>
<context>
    <name>conlab::TimelineView</name>
    <message>
        <source>Pick a scenario on the left and press Run (Space).
Each process and thread gets a lane here.</source>
        <translation>在左侧选一个场景，然后按“运行”（空格键）。
每个进程和线程在这里都有一条泳道。</translation>
    </message>
    <message>
        <source>Show or hide what belongs to this lane</source>
        <translation>显示或隐藏属于这条泳道的内容</translation>
    </message>
    <message>
        <source>Edit Caption…</source>
        <translation>编辑标注…</translation>
    </message>
    <message>
        <source>Remove Caption</source>
        <translation>删除标注</translation>
    </message>
    <message>
        <source>Add Caption Here…</source>
        <translation>在此添加标注…</translation>
    </message>
</context>
<context>
    <name>conlab::TrialsControls</name>
    <message>
        <source>Trials</source>
        <translation>多次试验</translation>
    </message>
    <message>
        <source>Sweep Gap</source>
        <translation>扫描间隔</translation>
    </message>
    <message>
        <source> of each variant</source>
        <translation> （每个变体）</translation>
    </message>
    <message>
        <source>How many chaos runs Trials makes of each variant</source>
        <translation>“多次试验”对每个变体进行多少次混乱模式运行</translation>
    </message>
    <message>
        <source>Run the scenario many times in chaos mode, with and without the lock, and count how often each outcome occurs</source>
        <translation>以混乱模式把场景运行很多次，加锁和不加锁各一组，统计每种结果出现的频率</translation>
    </message>
    <message>
        <source>Why does my Python print 20? Run the race in free mode at gaps from 0 to 1000 µs between check and act and plot how often each outcome occurs</source>
        <translation>为什么我的 Python 打印出 20？在检查与操作之间取 0 到 1000 µs 的间隔，以自由模式运行竞态场景，并画出每种结果出现的频率</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行次数</translation>
    </message>
    <message>
        <source>Trials: chaos runs of each variant side by side. Sweep Gap: free runs against the gap.</source>
        <translation>多次试验：各变体的混乱模式运行并排比较。扫描间隔：自由运行的结果随间隔的变化。</translation>
    </message>
</context>
</TS>
