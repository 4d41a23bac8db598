"""holdout174, part C: correction tape (修正带) — invented sites, counties, people and chrome."""

CASES = [
    dict(
        slug="app-correction-tape-exam-rule-insight",
        site="笔友写作App (invented)",
        style="范文APP",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://share.biyou.example.com/a/7Kq20xLm",
        title="监考培训心得体会",
        record_title="监考培训心得体会（可编辑）｜笔友写作",
        date=None,
        notes="writing-app share page; decorated title; open-in-app prompt between paragraphs; no date (share stamp)",
        page="""
!m 笔友写作 · 让写作更轻松
!t 监考培训心得体会（可编辑）｜笔友写作
!m 分享自 用户“晨读的猫”　刚刚
{BODY}
!a 打开笔友写作App，一键生成同类范文
!a AI改写　　复制全文
""",
        body="""
参加这次监考员培训，我对考场规则有了更细的认识，尤其是文具检查这一环。
以前我只知道考生不能带手机，这次才知道，有的考试允许用修正带，有的考试明确禁止使用修正液、修正带和胶带纸。
⟦a 登录App解锁全文，还剩60%⟧
培训老师举了一个例子：一名考生在答题卡上用了修正带，导致扫描时该题识别失败，最终影响了成绩。
今后监考时，我会在开考前再次提醒考生按照考试要求准备文具，把细节做实，不让一个考生因为疏忽吃亏。
""",
    ),
    dict(
        slug="gkforum-correction-tape-shenlun-html",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.shangan.example.com/thread-66120-1-1.html",
        title="申论答题卡写错了能用修正带吗？整理了各地规定",
        record_title="[备考经验] 申论答题卡写错了能用修正带吗？整理了各地规定 - 申论交流 - 上岸公考论坛",
        date=None,
        notes="exam forum; relative time only; numbered list; floor replies and sign-in prompts",
        page="""
<html><head><title>[备考经验] 申论答题卡写错了能用修正带吗？整理了各地规定 - 申论交流 - 上岸公考论坛</title></head><body>
<div class="hd">⟦m 上岸公考论坛⟧ ⟦a 签到领积分⟧ ⟦a 登录 | 注册⟧</div>
<div class="crumb">⟦m 论坛首页 › 申论交流⟧</div>
<h1>{T}</h1>
<div class="author">⟦m 楼主：冲刺上岸的小周　发表于 5 天前　阅读 1288⟧</div>
{BODY}
<div class="reply">⟦l 2楼 考公第三年：收藏了，谢谢楼主⟧</div>
<div class="reply">⟦l 3楼 小白兔兔：省考去年就写明禁止修正带了⟧</div>
<div class="ad">⟦w 申论批改1对1，加V：shangan_lsq⟧</div>
<div class="ft">⟦d 论坛内容仅供备考参考，以官方公告为准⟧</div>
</body></html>
""",
        body="""
最近好几个研友问答题卡写错了怎么办，我把看到的几种规定整理了一下，供大家参考。
1.多数省份的申论考试明确：答题卡上不得使用涂改液、修正带，写错的字用横线划掉即可。
2.个别地区允许在草稿纸上使用修正带，但答题卡上一律不准用。
3.笔试前一定要看清准考证背面的考生须知，以当年公告为准。
最后提醒一句，与其担心修正，不如平时练字时就养成先列提纲再动笔的习惯。
""",
    ),
    dict(
        slug="baike-correction-tape-entry",
        site="知物百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="https://baike.zhiwu.example.com/item/修正带/55210",
        title="修正带",
        record_title="修正带_知物百科",
        date=None,
        notes="encyclopaedia entry; edit links, catalogue; an example date placeholder ××××年 in the body; no date",
        page="""
!m 知物百科　全球中文知识平台
!t 修正带_知物百科
!a 编辑　　讨论　　上传视频
!m 本词条由“文具小达人”编辑，浏览次数：6万+
{BODY}
!l 词条标签：文具　办公用品　学生用品
!d 百科词条人人可编辑，内容仅供参考
""",
        body="""
修正带是一种用于遮盖书写错误的文具，由外壳、齿轮、供带轴、收带轴和涂有白色修正层的带子组成。
使用时将带头贴紧纸面向后拉动，修正层即转移到纸面上，覆盖错字后可立即在上面书写。
与修正液相比，修正带无需等待干燥，也不含挥发性溶剂，因此在学生中使用较为普遍。
常见规格为5毫米宽、长度6米至12米，部分产品可以更换内芯。
一些考试规定答题卡上不得使用修正带，考生应以××××年考试公告为准。
""",
    ),
    dict(
        slug="netdisk-correction-tape-factory-plan-html",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1xQa9cRt",
        title="修正带装配线精益改善方案",
        record_title="修正带装配线精益改善方案.pdf",
        date="2024-07-01",
        notes="cloud-drive share page: file name title, save/download buttons, share expiry; date under signature",
        page="""
<html><head><title>修正带装配线精益改善方案.pdf_免费高速下载|云匣网盘</title></head><body>
<div class="bar">⟦m 云匣网盘⟧ ⟦a 登录⟧ ⟦a 开通超级会员⟧</div>
<div class="file"><h2>{T}</h2>
<p>⟦m 分享者：lean_王工　分享时间：2024-07-03 11:20　有效期：永久有效⟧</p>
<p>⟦a 保存到网盘⟧ ⟦a 下载(1.2M)⟧ ⟦a 举报⟧</p></div>
<div class="preview">
{BODY}
</div>
<div class="tip">⟦a 预览仅显示前3页，完整文档请下载查看⟧</div>
<div class="ft">⟦d 请勿分享侵权内容，一经发现将依法处理⟧</div>
</body></html>
""",
        body="""
一、现状分析
修正带装配线现有工位12个，节拍时间为9.5秒，线平衡率仅为68%，齿轮装配和外壳卡合两个工位等待时间最长。
二、改善目标
将节拍时间缩短至7秒，线平衡率提高到85%以上，每班产量由3000支提高到4100支。
三、改善措施
（一）合并供带轴和收带轴装配工位，采用双工位治具。
（二）外壳卡合改为气动压合，减少人工按压力度差异造成的返工。
（三）在线末增加自动拉带检测，替代人工抽检。
生产部
2024年7月1日
""",
    ),
    dict(
        slug="snapshot-correction-tape-recall-html",
        site="搜搜快照 (invented)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="http://cache.sousou.example.com/c?u=www.qingmo-stationery.example.com%2Fnews%2F87",
        title="关于召回部分批次儿童修正带的公告",
        record_title="关于召回部分批次儿童修正带的公告 - 网页快照",
        date="2024-10-08",
        notes="search-engine snapshot frame with highlighted keywords banner; recall table; company hotline kept",
        page="""
<html><head><title>关于召回部分批次儿童修正带的公告 - 网页快照</title></head><body>
<div class="snap">⟦m 这是搜搜对 http://www.qingmo-stationery.example.com/news/87 的快照，是网页在 2024年10月12日 的存档⟧<br>⟦m 以下搜索词已高亮显示：修正带 召回⟧<br>⟦a 点击查看当前页面⟧</div>
<div class="site">⟦m 青墨文具股份有限公司⟧ ⟦m 首页 产品 新闻 联系⟧</div>
<h1>{T}</h1>
<p>⟦m 时间：2024-10-08　来源：品质部⟧</p>
{BODY}
<div class="ft">⟦d 青墨文具 版权所有⟧</div>
</body></html>
""",
        body="""
近期，我公司在质量回访中发现，部分批次儿童卡通修正带的外壳小配件存在脱落风险，可能被低龄儿童误吞。
为保障消费者安全，公司决定主动召回下列批次产品：
产品名称　规格　生产批次
卡通修正带（小熊款）　5mm×6m　QM240312、QM240315
卡通修正带（兔子款）　5mm×6m　QM240402
消费者可持产品到原购买门店办理退货，或拨打召回专线0571-8677 2019登记，公司将免费上门回收。
对给您带来的不便，我们深表歉意。
""",
    ),
    dict(
        slug="print-correction-tape-school-supplies-html",
        site="瑗浦第一中学 (invented)",
        style="打印页",
        genre="倡议书",
        kind="other",
        form="html",
        source="http://www.ypyz.example.edu.cn/print.asp?id=902",
        title="绿色文具倡议书",
        record_title="打印预览 - 绿色文具倡议书",
        date="2024-09-01",
        notes="school print view; print footer of my own form; document date; print stamp ignored",
        page="""
<html><head><title>打印预览 - 绿色文具倡议书</title></head><body onload="window.print()">
<div class="pt">⟦a 【打印】⟧ ⟦a 【返回】⟧</div>
<div class="h">{T}</div>
<p>⟦m 瑗浦第一中学　政教处　打印时间：2024-11-02 08:12⟧</p>
{BODY}
<div class="pf">⟦p ━ 1 / 1 ━⟧</div>
<div>⟦m http://www.ypyz.example.edu.cn/show.asp?id=902⟧</div>
</body></html>
""",
        body="""
亲爱的同学们：
新学期开始了，大家又要添置新的文具。为了减少塑料垃圾，政教处向全体同学发出倡议：
一、买修正带优先选择可替换内芯的款式，一个外壳可以用很多年。
二、用完的笔芯、修正带外壳请投放到各班教室的文具回收盒，不要随手丢弃。
三、不攀比、不囤积，够用就好，旧文具能用的继续用。
让我们从一支笔、一卷修正带做起，做绿色校园的守护者。
瑗浦第一中学政教处
2024年9月1日
""",
    ),
    dict(
        slug="mail-correction-tape-office-supplies-fwd",
        site="珂田县机关事务中心邮件 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:bgs@ketian.example.gov.cn?msg=20240311-0912",
        title="关于集中申领2024年第二季度办公用品的通知",
        record_title="Fwd: 关于集中申领2024年第二季度办公用品的通知",
        date="2024-03-11",
        date_also=["2024-03-12"],
        notes="forwarded mail: mail headers meta; document's own 附件 line and contact kept; mail send date also accepted",
        page="""
!m 发件人：机关事务中心 <jgsw@ketian.example.gov.cn>
!m 发送时间：2024年3月12日 星期二 09:12
!m 收件人：各科室收发员
!t 主题：Fwd: 关于集中申领2024年第二季度办公用品的通知
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由机关内部邮件系统发送，请勿直接回复
""",
        body="""
各科室：
第二季度办公用品集中申领工作即日开始，请各科室于3月20日前在办公用品管理系统中提交申领单。
本季度可申领品种包括签字笔、笔记本、修正带、文件夹、订书钉等，修正带每人每季度限领2个。
各科室要厉行节约，按实际需要申领，严禁超量囤积。
附件：第二季度办公用品申领目录
联系人：苗卉，电话：6021357。
珂田县机关事务服务中心
2024年3月11日
""",
    ),
    dict(
        slug="app-correction-tape-stationery-speech",
        site="公文宝App (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.gongwenbao.example.cn/share/doc/330871",
        title="在文具产业园年度表彰大会上的讲话",
        record_title="在文具产业园年度表彰大会上的讲话（通用版）｜公文宝",
        date="2024-01-19",
        notes="app share; speech with date in parentheses under title; speaker line neutral; member prompt between paragraphs",
        page="""
!m 公文宝｜机关写作好帮手
!t 在文具产业园年度表彰大会上的讲话（通用版）｜公文宝
在文具产业园年度表彰大会上的讲话
（2024年1月19日）
园区管委会主任　申国栋
{BODY}
!a 下载App，查看更多讲话范文
!m 分享链接已复制 · 3人已查看
""",
        body="""
各位企业家、同志们：
过去一年，园区38家文具企业克服外贸订单波动等困难，实现产值46.3亿元，同比增长9.1%。
其中，修正带、中性笔、荧光笔三大单品出口量均创历史新高，修正带年产量突破5亿支。
⟦a 开通会员，解锁全部讲话范文⟧
新的一年，园区将重点建设文具检测公共服务平台，支持企业开展品牌建设和跨境电商业务。
希望受表彰的企业再接再厉，也希望全园上下齐心协力，推动文具产业迈上新台阶。
""",
    ),
    dict(
        slug="gkforum-correction-tape-interview-text",
        site="一站上岸论坛 (invented)",
        style="公考论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://www.yizhansa.example.net/t/88127",
        title="结构化面试真题：考场上有人用修正带被判违纪，你怎么看？",
        record_title="[面试真题] 结构化面试真题：考场上有人用修正带被判违纪，你怎么看？",
        date=None,
        notes="exam forum text with junk lines; reference answer; relative times no date",
        junk=dict(lines=2, glued=1),
        page="""
!m 一站上岸论坛 >> 面试专区 >> 真题解析
!t [面试真题] 结构化面试真题：考场上有人用修正带被判违纪，你怎么看？
!m 作者：面试老狗　　2天前　　回复 31
{BODY}
!l 点赞　收藏　分享给研友
!w 面试一对一模拟，私信我报名
""",
        body="""
参考答案：
考场纪律是保证考试公平的基础，考生违反规定使用修正带被判违纪，虽然看似小事，但处理是有依据的。
首先，考试公告和准考证上已经写明答题卡上不得使用修正带，考生有义务提前了解。
其次，修正带可能影响答题卡扫描识别，造成评分误差，对其他考生也不公平。
如果我是考务人员，我会在开考前再次口头提醒，同时建议以后在考场入口增加文具检查环节，把提醒做在前面。
""",
    ),
    dict(
        slug="baike-correction-tape-qa-solvent",
        site="问答百科网 (invented)",
        style="百科问答",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.wdbaike.example.com/wenda/20240611/771.html",
        title="修正带和修正液哪个对孩子更安全？",
        record_title=None,
        date="2024-06-11",
        notes="no record title: the question on the page; 最佳答案 with a 回答时间 line as page date",
        page="""
!m 问答百科网 > 教育 > 学习用品
修正带和修正液哪个对孩子更安全？
!m 提问者：琨原妈妈　　浏览 913 次
!m 最佳答案　　回答时间：2024-06-11
{BODY}
!l 有用(45)　　没用(2)
!l 其他回答（3）
!l 相关：儿童文具甲醛超标怎么辨别？
""",
        body="""
总体来说，修正带比修正液更适合孩子使用。
修正液中通常含有有机溶剂，挥发时有刺鼻气味，孩子长期近距离使用不利于健康，误入眼睛还可能造成刺激。
修正带是物理覆盖，不需要溶剂，也不用等干燥。
不过修正带的小零件较多，三岁以下儿童要防止拆开误吞。
购买时请选择标有执行标准和生产厂家的正规产品。
""",
    ),
    dict(
        slug="netdisk-correction-tape-survey-text",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://kuaipan.example.net/share/9f2Lxq",
        title="关于中小学生文具使用情况的调查报告",
        record_title="关于中小学生文具使用情况的调查报告.docx",
        date=None,
        notes="cloud-drive text; file name title; table; decimal headings; no date (share time only); one-line body",
        oneline=True,
        indent="　　",
        page="""
!m 快盘分享　|　文件详情
!t 关于中小学生文具使用情况的调查报告.docx
!m 文件大小 56K　　分享于 2024-04-17　　下载 63 次
!a 普通下载　　高速下载（会员）
{BODY}
!d 分享内容由用户上传，快盘不对内容真实性负责
""",
        body="""
为了解中小学生文具使用情况，我们在琮阳县三所学校发放问卷600份，收回有效问卷571份。
调查显示，修正带是使用最普遍的修改工具，使用率达82.3%，修正液仅为6.1%。
学生平均每学期购买修正带3.4个，其中四成学生表示“用不完就丢了”。
据此我们建议学校开展文具节约教育，家长选购时优先选择可换芯产品。
""",
    ),
    dict(
        slug="snapshot-correction-tape-textonly",
        site="秒搜缓存 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="text",
        source="http://kz.miaosou.example.com/snap?id=7739120",
        title="关于开展儿童学生用品专项抽检的通知",
        record_title="关于开展儿童学生用品专项抽检的通知 - 快照",
        date="2024-08-12",
        notes="text-only search cache; crawl stamp is no date; 成文日期 in Chinese numerals",
        page="""
!m 【秒搜缓存】本页为文字版快照，抓取于2024-08-20 03:11:45
!m 原网址：http://www.yingchuan.example.gov.cn/scjg/tzgg/5521.html
!a 查看原网页　|　纯文字版
{T}
{BODY}
!m 瑛川县人民政府版权所有
""",
        body="""
各市场监管所：
为保障秋季开学学生用品质量安全，县局决定在8月下旬开展儿童学生用品专项抽检。
抽检品种为修正带、橡皮擦、书包、文具盒等，每个市场监管所抽检不少于10批次，重点检查学校周边文具店。
抽检结果将在县政府网站公布，对不合格产品依法查处。
瑛川县市场监督管理局
二〇二四年八月十二日
""",
    ),
    dict(
        slug="print-correction-tape-procurement-rule",
        site="琮阳县财政局 (invented)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://czj.congyang.example.gov.cn/print/2024/331.html",
        title="琮阳县财政局办公用品采购管理办法",
        record_title="〔打印稿〕琮阳县财政局办公用品采购管理办法",
        date=None,
        notes="print view text; articles; a print footer; no date (print stamp); wrapped at 58 columns",
        wrap=58,
        page="""
!a 打印本页　关闭窗口
!t 〔打印稿〕琮阳县财政局办公用品采购管理办法
!m 打印日期：2024年10月30日
{BODY}
!p 〖 第1页 共1页 〗
""",
        body="""
第一条　为加强局机关办公用品管理，降低行政运行成本，制定本办法。
第二条　办公用品实行年度计划、集中采购、按需领用。修正带、签字笔等低值易耗品每季度集中采购一次。
第三条　采购实行比价，单次采购金额在五千元以上的，须经局务会研究。
第四条　办公室建立办公用品出入库台账，每半年盘点一次。
第五条　本办法自印发之日起施行。
""",
    ),
]
