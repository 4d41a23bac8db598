"""holdout173, part C: light bulbs (灯泡) — a lamp factory, an electrician school, a writing app,
an exam forum, an entry, a cloud drive, a cache, a print view, a mail, a 范文 site. Invented text."""

CASES = [
    dict(
        slug="company-dengpao-recall-float",
        site="明光照明电器有限公司 (invented)",
        style="企业官网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://www.mingguang-light.example.com/news/notice/2025-0805.html",
        title="关于召回部分批次E27螺口LED球泡灯的公告",
        record_title="关于召回部分批次E27螺口LED球泡灯的公告-明光照明",
        date="2025-08-05",
        notes="company site with an online-service float; document's hotline kept; batch table kept",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召回部分批次E27螺口LED球泡灯的公告-明光照明</title>
<script src="/static/kf.js"></script></head><body>
<header>⟦m 明光照明 | 点亮每一个家⟧ <nav>⟦m 首页 产品中心 新闻资讯 服务支持 联系我们⟧</nav> ⟦a EN⟧</header>
<div class="crumbs">⟦m 首页 > 新闻资讯 > 公司公告⟧</div>
<h1>{T}</h1>
<p class="date">⟦m 2025-08-05　来源：本站⟧</p>
{BODY}
<div class="kf">⟦w 在线客服　售前咨询 400-880-6071⟧</div>
<footer>⟦d Copyright © 2025 明光照明电器有限公司 All Rights Reserved⟧ ⟦m 浙ICP备17044512号⟧</footer>
</body></html>
""",
        body="""
我公司在内部质量复查中发现，2025年3月至4月生产的部分批次E27螺口LED球泡灯，灯头与塑料壳体连接处存在松脱风险，极端情况下可能导致灯头脱落。
为保障消费者安全，我公司决定主动召回以下批次产品：
型号　功率　生产批号
MG-Q9W　9瓦　2503A01至2503A18
MG-Q12W　12瓦　2504B02至2504B11
请已购买上述产品的消费者立即停止使用，拨打召回专线400-880-6099登记，我公司将免费更换新品。
给您带来的不便，我们深表歉意。
明光照明电器有限公司
2025年8月5日
""",
    ),
    dict(
        slug="training-dengpao-electrician-lesson",
        site="匠心电工培训学校 (invented)",
        style="培训机构",
        genre="教案",
        kind="other",
        form="text",
        source="https://www.jiangxin-dg.example.com/kecheng/jichu/112.html",
        title="第三课 白炽灯与节能灯的安装和故障排查",
        record_title=None,
        date=None,
        notes="training school; promo box between paragraphs; decimal headings; no date",
        page="""
!m 匠心电工培训学校　考证｜上岗｜提升
!m 课程中心 > 低压电工基础 > 第三课
{T}
!a 试听 | 报名 | 收藏课程
{BODY}
!w 零基础包教包会，电工证考前冲刺班火热报名中，咨询热线 0731-8390 2256
!l 下一课：第四课 双控开关接线
""",
        body="""
3.1 安装前的准备
安装灯具前必须断开电源，并用验电笔确认无电。螺口灯座的螺纹部分应接零线，中心触点接相线。
3.2 常见故障
灯泡不亮时，先检查灯泡是否损坏，再检查开关和线路。节能灯启动慢、闪烁，多为镇流器老化。
⟦w 报名即送电工工具包一套，名额有限！⟧
3.3 安全提示
更换灯泡时应站在稳固的梯子上，不得用湿手触摸灯座；卫生间等潮湿场所应选用防潮灯具。
""",
    ),
    dict(
        slug="app-dengpao-energy-saving-proposal",
        site="笔下生花APP (invented)",
        style="范文APP",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://h5.bixiashenghua.example.com/share/doc?id=8827311",
        title="节约用电从换一只灯泡开始倡议书",
        record_title="节约用电从换一只灯泡开始倡议书（通用3篇）",
        date=None,
        notes="writing-app H5 share: open-in-app banner, member unlock; decorated record title; no date",
        page="""
<html><head><meta name="viewport" content="width=device-width"><title>节约用电从换一只灯泡开始倡议书（通用3篇）</title></head><body>
<div class="banner">⟦a 打开笔下生花APP，阅读体验更佳⟧</div>
<h1>{T}</h1>
<div class="au">⟦m 笔下生花 · 热门范文 · 1.8w人看过⟧</div>
{BODY}
<div class="lock">⟦a 开通会员解锁全部3篇，立享一键复制⟧</div>
<div class="rec">⟦l 为你推荐：低碳生活倡议书 / 光盘行动倡议书⟧</div>
</body></html>
""",
        body="""
亲爱的同学们：
你知道吗？一只60瓦的白炽灯泡，亮度和一只8瓦的LED灯泡差不多，但耗电量却是它的七倍多。
为了践行绿色低碳的生活方式，我们向全校同学发出倡议：
一、回家和爸爸妈妈一起检查家里的灯泡，把还在用的白炽灯换成节能灯或LED灯。
二、养成随手关灯的好习惯，白天光线充足时不开灯。
三、把节约用电的知识讲给身边的人听，做低碳生活的宣传员。
""",
    ),
    dict(
        slug="examforum-dengpao-essay-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="范文",
        kind="other",
        form="text",
        source="https://bbs.shanganGK.example.com/thread-7731902-1-1.html",
        title="申论范文：一盏灯泡里的民生温度",
        record_title="申论范文：一盏灯泡里的民生温度【申论天天练】",
        date="2025-03-04",
        notes="exam forum; hidden-reply prompt; junk lines; the post's 发表于 line is the page date",
        junk=dict(lines=2, glued=1),
        page="""
!m 上岸公考论坛 » 申论交流区 » 范文赏析
{T}
!m 楼主 申论小白龙　　发表于 2025-3-4 20:11
!a 本帖隐藏的内容需要回复才可以浏览
{BODY}
!l 评分 +2 上岸币　　收藏 66　　分享
!l 回帖奖励：回复本帖可获得 1 上岸币
""",
        body="""
夜幕降临，山村的小路上亮起了一排排路灯。这些路灯里装着的，不只是一只只灯泡，更是党和政府对群众的牵挂。
一盏灯泡，照亮的是群众回家的路。过去，村民走夜路要打手电，老人孩子摔倒的事时有发生；如今，“亮化工程”让村道灯火通明。
一盏灯泡，考验的是基层治理的细功夫。灯泡坏了多久有人修，费用由谁出，是群众最直接的感受。
民生无小事，枝叶总关情。把一只只灯泡的小事办好，就是把群众的大事办好。
""",
    ),
    dict(
        slug="wiki-dengpao-incandescent-entry",
        site="知源百科 (invented)",
        style="百科问答",
        genre="百科",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/白炽灯泡/30219",
        title="白炽灯泡",
        record_title="白炽灯泡_知源百科",
        date=None,
        notes="encyclopaedia with a contents box and edit/cite prompts; no date",
        page="""
<html><head><meta charset="utf-8"><title>白炽灯泡_知源百科</title></head><body>
<div class="top">⟦m 知源百科⟧ ⟦a 登录 | 注册 | 创建词条⟧</div>
<h1>{T}</h1>
<div class="ops">⟦a 编辑词条　收藏　分享⟧</div>
<div class="toc">⟦l 目录　1 工作原理　2 发展历史　3 淘汰⟧</div>
{BODY}
<div class="ref">⟦l 参考资料：1. 电光源基础知识　2. 照明产品能效标准⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 30,114　编辑次数 12次　最近更新：蓝鲸88⟧</div>
<div class="foot">⟦d 知源百科内容由网友共同编辑，如需专业意见请咨询相关领域专业人士。⟧</div>
</body></html>
""",
        body="""
白炽灯泡是将灯丝通电加热到白炽状态，利用热辐射发出可见光的电光源。
工作原理
电流通过钨丝时产生热量，钨丝温度升高到两千摄氏度以上，发出明亮的光。玻璃泡内通常抽成真空或充入惰性气体，以减缓钨丝的蒸发。
发展历史
十九世纪后期，多位发明家改进了碳化灯丝和真空技术，白炽灯泡开始进入家庭。二十世纪初，钨丝取代碳丝，寿命大大延长。
淘汰
由于白炽灯泡大部分电能转化为热能，发光效率低，许多国家和地区已逐步淘汰普通照明用白炽灯泡。
""",
    ),
    dict(
        slug="netdisk-dengpao-recycling-report",
        site="云柜网盘 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://pan.yungui.example.com/s/1kXp9aQr#file-3",
        title="城区废旧灯泡和灯管回收情况调查报告",
        record_title="城区废旧灯泡和灯管回收情况调查报告.pdf",
        date="2025-10-30",
        notes="cloud-drive preview with page markers; file-name title; date at the end",
        pages=dict(fmt="- 第{n}页 -", every=130, start=2, glue="mix"),
        page="""
!m 云柜网盘　|　分享自 绿行环保社
!m 城区废旧灯泡和灯管回收情况调查报告.pdf　2.1MB　有效期：永久
!a 保存到我的网盘　下载(2.1MB)　举报
{BODY}
!a 预览仅支持前5页，完整内容请下载后查看
!d 请勿分享违法违规内容，网盘保留删除违规文件的权利。
""",
        body="""
今年九月，绿行环保社的志愿者在城区十二个小区、六家超市和三家灯具店开展了废旧灯泡和灯管回收情况调查。
调查发现，百分之七十八的受访居民把坏灯泡直接扔进了其他垃圾桶，只有不到一成居民知道含汞灯管属于有害垃圾。
城区设置了有害垃圾收集箱的小区只有四个，灯具店中只有一家提供以旧换新服务。
建议在小区增设有害垃圾投放点，推动灯具销售企业履行回收责任，并通过社区宣传提高居民分类投放意识。
绿行环保社
2025年10月30日
""",
    ),
    dict(
        slug="snapshot-dengpao-street-light-reply",
        site="搜搜快照 / 淇原县人民政府 (invented)",
        style="搜索快照",
        genre="答复",
        kind="other",
        form="html",
        source="http://cache.sousou.example.com/c?u=qiyuan.example.gov.cn/hdjl/2025/1102/884.html",
        title="关于桂花巷路灯灯泡长期不亮问题的答复",
        record_title=None,
        date="2025-11-02",
        notes="search-cache frame over a county portal's reply; question text kept; cache banner chrome",
        page="""
<html><head><meta charset="utf-8"><title>关于桂花巷路灯灯泡长期不亮问题的答复</title></head><body>
<div style="border:1px solid #999">⟦d 这是 搜搜 对 http://qiyuan.example.gov.cn/hdjl/2025/1102/884.html 的缓存，是网页在2025年11月15日的快照。⟧<br>⟦d 当前页面可能已经更改，请点击这里查看最新页面。⟧</div>
<div class="site">⟦m 淇原县人民政府 · 互动交流 · 县长信箱⟧</div>
<h2>{T}</h2>
<table><tr><td>⟦m 来信人：刘**⟧</td><td>⟦m 办理单位：县城市管理局⟧</td><td>⟦m 答复时间：2025-11-02⟧</td></tr></table>
{BODY}
<div>⟦a 满意度评价：满意 基本满意 不满意⟧</div>
</body></html>
""",
        body="""
来信内容：桂花巷从9月开始有五盏路灯一直不亮，晚上老人出门很不方便，希望有关部门尽快修好。
答复内容：
刘先生（女士）您好！您反映的问题已收悉。经现场核查，桂花巷五盏路灯不亮系灯泡老化损坏及一处线路接头锈蚀所致。
我局已于10月29日组织维修人员更换了全部损坏灯泡，修复了线路，目前路灯已恢复正常照明。
感谢您对城市管理工作的关心和支持！
""",
    ),
    dict(
        slug="print-dengpao-lamp-standard",
        site="淇原县住建局 打印页 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://zjj.qiyuan.example.gov.cn/print.jsp?id=22817",
        title="关于在老旧小区改造中推广使用LED灯具的通知",
        record_title="关于在老旧小区改造中推广使用LED灯具的通知",
        record_date="2025-06-16",
        date="2025-06-16",
        notes="print view calling window.print(); print-time stamp and URL chrome; 抄送/印发 版记 kept",
        page="""
<html><head><meta charset="utf-8"><title>关于在老旧小区改造中推广使用LED灯具的通知</title><script>window.onload=function(){window.print();}</script></head><body>
<div class="pt">⟦m 淇原县住房和城乡建设局⟧</div>
<h3>{T}</h3>
<p>淇住建发〔2025〕21号</p>
{BODY}
<div class="pf">⟦m 本页网址：http://zjj.qiyuan.example.gov.cn/xxgk/2025/0616/22817.html⟧<br>⟦m 打印时间：2025/11/20 08:33:07⟧</div>
<div>⟦a [打印本页] [关闭]⟧</div>
</body></html>
""",
        body="""
各乡镇人民政府，各有关单位：
为提高老旧小区公共照明质量，降低能耗，现就在老旧小区改造中推广使用LED灯具有关事项通知如下。
一、楼道、地下室、车棚等公共区域的照明灯具，原则上全部更换为LED灯具，并配套声光控或人体感应开关。
二、更换下来的白炽灯泡和荧光灯管，由施工单位集中收集，按有害垃圾规定交有资质的单位处置。
三、各项目实施单位要将灯具更换纳入竣工验收内容。
淇原县住房和城乡建设局
2025年6月16日
抄送：县发展和改革局，县城市管理局。
淇原县住房和城乡建设局办公室　2025年6月16日印发
""",
    ),
    dict(
        slug="mail-dengpao-office-bulbs",
        site="企业邮箱转发 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:admin@kaiheng.example.com?subject=fwd-bulbs",
        title="关于办公楼统一更换照明灯泡的通知",
        record_title="Fwd: 关于办公楼统一更换照明灯泡的通知",
        date="2025-02-24",
        notes="forwarded mail; mail headers chrome; document signed and dated; the sender's signature block chrome",
        page="""
!m 发件人：行政部 罗静 <luojing@kaiheng.example.com>
!m 发送时间：2025年2月24日(星期一) 上午9:12
!m 收件人：全体员工 <all@kaiheng.example.com>
!m 主题：Fwd: 关于办公楼统一更换照明灯泡的通知
!m ---------- 转发的邮件 ----------
{T}
{BODY}
!w 罗静｜行政部｜分机 8021｜手机 186 0738 1120
!d 此邮件及附件仅供指定收件人使用，如误收请立即删除。
""",
        body="""
各部门：
为改善办公照明条件，行政部定于2月27日（周四）晚上对办公楼一至五层的照明灯泡统一更换为LED灯。
请各部门下班前整理好办公桌面，关闭电脑等用电设备，将贵重物品锁入抽屉。
更换期间如有加班需求，请提前与行政部联系。
行政部
2025年2月24日
""",
    ),
    dict(
        slug="fanwen-dengpao-electric-summary-oneline",
        site="文秘之家 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.wenmizj.example.com/zongjie/51029.html",
        title="供电所2025年农村照明线路整治工作总结",
        record_title="供电所2025年农村照明线路整治工作总结（精选）_文秘之家",
        date=None,
        notes="whole body on one line; site slogan and hot list; no date",
        oneline=True,
        indent="　　",
        page="""
!m 文秘之家 - 写材料就上文秘之家
!m 首页 > 工作总结 > 单位总结
{T}
!m 时间：2周前　作者：佚名　人气：892
{BODY}
!a 复制全文　下载Word
!l 热门推荐：供电所年度工作总结 | 电力营销工作总结
""",
        body="""
今年以来，我所按照县公司部署，在辖区十四个行政村开展农村照明线路整治工作。
一是排查隐患。共排查线路一百二十六公里，发现私拉乱接、灯头老化等隐患三百一十处。
二是集中整改。更换老化灯头、灯泡八百余只，规范入户线四百余户。
三是宣传引导。向村民发放安全用电手册两千份，教育村民不用湿手更换灯泡。
下一步，我所将建立线路巡查长效机制，确保农村照明用电安全。
""",
    ),
]
