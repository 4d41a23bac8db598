"""holdout105, part C: writing app, exam forum, encyclopaedia, cloud drive, snapshot, print view,
forwarded mail, and more 范文/文库/portal/news/forum pages. Invented text."""

CASES = [
    dict(
        slug="app-bigeng-fog-traffic-speech",
        site="笔耕APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bigengapp.example.com/a/77210943",
        title="在冬季团雾多发期道路交通安全工作会上的讲话",
        record_title="在冬季团雾多发期道路交通安全工作会上的讲话｜笔耕APP",
        date="2024-11-20",
        notes="writing-app share page; date under title; open-in-app prompts; chrome line between paragraphs",
        page="""
!a 打开笔耕APP，阅读体验更佳　［立即打开］
!t 在冬季团雾多发期道路交通安全工作会上的讲话｜笔耕APP
!m 笔耕精选 · 讲话稿　　1.2万人读过
{T}
（2024年11月20日）
{BODY}
!a 在APP内继续阅读全文，还可一键生成同类讲话
!l 为你推荐：冬季安全生产会议讲话 | 交通安全月活动总结
""",
        body="""
同志们：
进入十一月，沿江沿海地区早晚温差加大，团雾天气明显增多。上周，辖区高速一天之内发生三起追尾事故，教训十分深刻。
第一，预警要快。气象、交警、路政要共享能见度监测数据，做到团雾出现后五分钟内发布预警。
⟦a ——以下内容为会员专享，开通会员可无限阅读——⟧
第二，管控要严。能见度低于五十米时，果断关闭收费站入口，宁可多堵一会儿，不可多出一次事故。
第三，宣传要实。要让每一位货车司机都知道，遇到团雾不能停在行车道上。
""",
    ),
    dict(
        slug="gkforum-shenlun-dune-material",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="申论素材",
        kind="other",
        form="text",
        source="http://bbs.shanganggk.example.com/thread-118827-1-1.html",
        title="草方格治沙的基层实践",
        record_title="[申论素材] 草方格治沙的基层实践（附可用观点） - 申论交流 - 上岸公考论坛",
        date="2024-05-09",
        notes="exam forum; 发表于 is the date; forum junk glued and on lines; points list",
        page="""
!m 上岸公考论坛 » 申论交流
!t [申论素材] 草方格治沙的基层实践（附可用观点）
!m 楼主 小岸同学　　发表于 2024-5-9 22:15
!m 本帖最后由 小岸同学 于 2024-5-10 08:03 编辑
{BODY}
!l 回复本帖可查看附件：治沙素材合集.pdf
!a 点击收藏本帖，备考不迷路
!l 【本版热帖】面试结构化高频题整理 | 申论大作文开头20例
""",
        junk=dict(lines=1, glued=1),
        body="""
西北某县治沙站几代人坚持在流动沙丘上扎设草方格，累计固沙二十余万亩，昔日黄沙漫天的县城如今绿树成荫。
可用观点一：生态治理是久久为功的事业，要保持战略定力，一任接着一任干。
可用观点二：要把生态效益转化为经济效益，发展沙产业，让治沙群众得实惠。
可用观点三：要依靠科技进步，推广机械化压沙、无人机播种等新技术。
""",
    ),
    dict(
        slug="wiki-baike-rip-current-entry-html",
        site="知海百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhihai.example.com/item/离岸流/55021",
        title="离岸流",
        record_title="离岸流_知海百科",
        date=None,
        notes="encyclopaedia entry; no date (edit stamp only); edit links and catalogue as chrome; an example time in a sentence",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>离岸流_知海百科</title></head>
<body>
<div class="top">⟦m 知海百科　全球领先的中文百科⟧ <span>⟦a 登录　注册　创建词条⟧</span></div>
<div class="lemma-title"><h1>{T}</h1><span class="edit">⟦a ✎编辑　收藏　讨论⟧</span></div>
<div class="catalog">⟦l 目录　1 形成原因　2 识别方法　3 应对方法⟧</div>
<div class="para-box">
{BODY}
</div>
<div class="ref">⟦l 参考资料：［1］海滨浴场安全管理规范.知海出版社⟧</div>
<div class="stat">⟦m 词条统计：浏览次数 35217　编辑次数 9次历史版本　最近更新：海岸守望者（2天前）⟧</div>
<div class="foot">⟦d ©2024 知海百科　使用前必读　百科协议　隐私政策⟧</div>
</body></html>
""",
        body="""
离岸流是一种由岸边流向外海的狭窄而强劲的水流，宽度一般不超过十米，流速可达每秒一至二米。
形成原因：波浪在近岸破碎后，水体在岸边堆积，再沿着沙坝缺口等低洼处集中回流外海，便形成离岸流。
识别方法：离岸流区域水色偏深、浪花较少、水面有泡沫或漂浮物向外海移动。
应对方法：被卷入后应保持冷静，不要逆流游向岸边，而应平行于海岸游出流带后再上岸。例如，在某地浴场曾有游泳者于下午3时被卷离岸边约百米，按此方法自救成功。
""",
    ),
    dict(
        slug="netdisk-muchang-silage-plan-docx",
        site="云端盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunduanpan.example.com/s/1xQm8Rk_qz",
        title="牧场2024年青贮收贮工作方案",
        record_title="牧场2024年青贮收贮工作方案.docx",
        date="2024-08-15",
        notes="cloud-drive preview; file-name title; save and download buttons; share expiry",
        page="""
!m 云端盘 | 分享文件
!t 牧场2024年青贮收贮工作方案.docx
!m 分享者：草原*牧歌　　分享时间：2024-08-19 14:26　　有效期：永久有效
!a 保存到我的网盘　　下载(89.5KB)　　举报
{BODY}
!a 在线预览仅支持前5页，完整内容请下载查看
!d 请勿分享违法违规内容，云端盘将依法配合有关部门处理
""",
        date_also=["2024-08-19"],
        body="""
为做好2024年全株玉米青贮收贮工作，确保全年饲草供应，制定本方案。
一、收贮计划：收贮全株玉米青贮1.5万吨，其中自种地块4200亩，订单收购3800亩。
二、时间安排：8月25日开始收获，9月20日前全部封窖。
三、质量要求：干物质含量不低于30%，切碎长度1.5厘米左右，压实密度每立方米不低于650千克。
四、安全要求：收贮期间禁止人员在青贮窖边缘站立指挥，机械作业须专人监护。
红柳滩牧业有限公司
2024年8月15日
""",
    ),
    dict(
        slug="snapshot-guanchao-traffic-notice-html",
        site="搜问快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.souwen.example.com/c?m=88a1f7&url=http%3A%2F%2Fwww.xikou.gov.example.cn%2Fgg%2F2024%2F0910.html",
        title="关于2024年中秋观潮期间实行交通管制的通告",
        record_title="关于2024年中秋观潮期间实行交通管制的通告 - 快照",
        date="2024-09-09",
        notes="search cache frame above the page; crawl stamp is not a date; detour table",
        page="""
<html><head><meta charset="utf-8"><title>关于2024年中秋观潮期间实行交通管制的通告 - 快照</title></head>
<body>
<div class="cache-banner">⟦m 这是 http://www.xikou.gov.example.cn/gg/2024/0910.html 的快照，抓取于 2024-10-02 03:17:45⟧<br>⟦a 查看原网页　|　只显示文本　|　关闭快照⟧</div>
<div class="cache-tip">⟦d 搜问快照仅供参考，页面内容以原网页为准⟧</div>
<hr>
<div class="site">⟦m 汐口县公安局交通警察大队⟧</div>
<h1>{T}</h1>
{BODY}
<div class="bot">⟦m 汐口县公安局交通警察大队　地址：汐口县人民路155号⟧</div>
</body></html>
""",
        body="""
为保障中秋观潮期间交通安全畅通，根据《中华人民共和国道路交通安全法》有关规定，决定于2024年9月15日至9月19日对沿江公路部分路段实行交通管制。现通告如下：
一、每日11时至16时，沿江公路老盐仓至丁字坝段禁止除观潮专线公交外的机动车通行。
二、绕行路线如下：
方向　绕行道路
往港区　临江大道—港城路
往县城　盐仓路—人民路
三、请广大游客提前规划出行，尽量乘坐观潮专线公交。
汐口县公安局交通警察大队
2024年9月9日
""",
    ),
    dict(
        slug="print-quanling-water-quality-disclosure",
        site="泉岭市市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="公示",
        kind="notice",
        form="text",
        source="http://scjg.quanling.example.gov.cn/print.jsp?id=6642",
        title="2024年第三季度包装饮用水出厂水质监督检测情况公示",
        record_title="打印 - 2024年第三季度包装饮用水出厂水质监督检测情况公示",
        date="2024-10-18",
        notes="print view with print footer; results table; print stamp not a date",
        page="""
!m 泉岭市市场监督管理局
{T}
!m 打印时间：2025/1/6 下午4:12:09
{BODY}
!a 【打印本页】【关闭本页】
!m ─ 1 / 1 ─
!m http://scjg.quanling.example.gov.cn/print.jsp?id=6642
""",
        body="""
2024年第三季度，我局对辖区5家包装饮用水生产企业的出厂产品开展了监督检测，共抽取样品20批次，合格19批次。
企业名称　抽检批次　合格批次
泉岭山泉饮品有限公司　4　4
云岫饮品厂　4　3
不合格样品为云岫饮品厂生产的饮用纯净水，菌落总数超标，我局已责令企业停产整改并依法立案调查。
泉岭市市场监督管理局
2024年10月18日
""",
    ),
    dict(
        slug="mail-tangxi-signboard-census-forward",
        site="棠溪县政务邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto:shangwuju@tangxi.example.gov.cn",
        title="关于报送老字号手绘招牌底数的函",
        record_title="转发：关于报送老字号手绘招牌底数的函",
        date="2025-01-13",
        date_also=["2025-01-14"],
        notes="forwarded mail; mail headers and forwarding note are chrome; 附件 inside the letter kept",
        page="""
!m 发件人：县商务局 <shangwuju@tangxi.example.gov.cn>
!m 发送时间：2025年1月14日（星期二）上午9:20
!m 收件人：各街道办事处
!m 主题：转发：关于报送老字号手绘招牌底数的函
!w 各位好，请于本周内按函件要求报送，有问题电话联系小陈。
!m -------- 转发邮件信息 --------
{T}
{BODY}
!d 此邮件由政务邮箱系统发送，请勿直接回复
""",
        body="""
各街道办事处：
为做好老字号手绘招牌保护工作，请各街道对辖区内现存的手绘招牌开展一次摸底调查，内容包括店名、招牌材质、绘制年代和保存状况。
请于2025年1月24日前将调查表报送县商务局流通科。
联系人：陈一凡，电话：0570-7122609，邮箱：ltk@tangxi.example.gov.cn。
附件：老字号手绘招牌摸底调查表
棠溪县商务局
2025年1月13日
""",
    ),
    dict(
        slug="fanwen-haitao-seahorse-summary-oldtable",
        site="海涛范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.haitaofw.example.com/zongjie/2024/12880.html",
        title="海马养殖场2024年度工作总结",
        record_title="海马养殖场2024年度工作总结（精选范本）_海涛范文网",
        date="2024-12-28",
        notes="old gb2312 table layout with marquee, font-size row, QQ writing service and visitor counter",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>海马养殖场2024年度工作总结（精选范本）_海涛范文网</title></head>
<body>
<table width="980" align="center"><tr><td>⟦m 海涛范文网　范文大全　一站搞定⟧</td></tr></table>
<marquee>⟦m 热烈祝贺本站收录范文突破80万篇！⟧</marquee>
<table width="980" align="center"><tr><td>⟦m 首页　工作总结　工作计划　讲话稿　心得体会　述职报告⟧</td></tr></table>
<table width="980" align="center">
<tr><td>⟦m 当前位置：海涛范文网 &gt;&gt; 工作总结 &gt;&gt; 单位工作总结⟧</td></tr>
<tr><td align="center"><font size="4">{T}</font></td></tr>
<tr><td>⟦a 【字体：小 中 大】【我要收藏】⟧</td></tr>
<tr><td>
{BODY}
</td></tr>
<tr><td>⟦w 原创材料代写，QQ：2851770436⟧</td></tr>
<tr><td>⟦l 上一篇：水产站2024年工作总结　下一篇：渔业合作社年度总结⟧</td></tr>
</table>
<table width="980" align="center"><tr><td>⟦m 本站访问量：3582216　粤ICP备10077219号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，我场在县农业农村局和水产技术推广站的指导下，全年出池海马苗种68万尾，销售商品海马2.1吨，实现销售收入420万元。
一是改造养殖车间。新建循环水养殖池24口，更换生物滤器6套，养殖水体周转率提高一倍。
二是稳定饵料供应。自建桡足类培育池，活饵自给率达到八成。
三是加强疫病防控。实行苗种分池隔离，全年未发生大规模病害。
明年，我场将申报省级海马良种场，进一步提高苗种质量。
鹭滩海丰海马养殖场
2024年12月28日
""",
    ),
    dict(
        slug="wenku-donglao-tsunami-village-plan-wrapped",
        site="文汇预览 (invented)",
        style="文库预览",
        genre="预案",
        kind="plan",
        form="text",
        source="https://view.wenhui.example.net/d/44187210.html",
        title="东澳村海啸灾害应急预案",
        record_title="东澳村海啸灾害应急预案（可编辑版）",
        date="2024-05-06",
        notes="wrapped at 58 columns, page markers ⁅n⁆ glued; Chinese-numeral date; decorated title",
        page="""
!m 文汇预览　·　海量文档在线读
!t 东澳村海啸灾害应急预案（可编辑版）
!m 上传时间：2024-06-11　　页数：4　　格式：doc
{BODY}
!a ▼ 剩余2页未读，付费3元即可阅读全文
!l 相关推荐：渔村防台风应急预案 / 村级地质灾害应急预案
""",
        wrap=58,
        pages=dict(fmt="⁅{n}⁆", every=140, start=2, glue=True),
        body="""
为提高我村应对海啸灾害的能力，保障村民生命财产安全，结合本村实际，制定本预案。
一、组织机构。成立村海啸灾害应急工作组，由村党支部书记任组长，村委会主任任副组长，各网格长为成员。
二、预警接收。村应急广播、微信群、铜锣为预警信息传递渠道，接到县级预警后十分钟内传达到每一户。
三、疏散路线。沿海三个自然村分别经北坡路、学校路、祠堂路撤离至后山避险点，老弱病残由网格员一对一负责转移。
东澳村村民委员会
二〇二四年五月六日
""",
    ),
    dict(
        slug="gov-wuping-meteo-fog-notice-record",
        site="雾屏县气象局 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.wuping.example.gov.cn/qxj/tzgg/202410/t20241016_20177.html",
        title="雾屏县气象局关于加强秋冬季团雾监测预警服务的通知",
        record_date="2024-10-16",
        date="2024-10-16",
        notes="record gives title and date; 文号 neutral; numbered tasks",
        page="""
!m 雾屏县人民政府　县气象局
!m 首页 » 部门信息 » 县气象局 » 通知公告
{T}
雾气发〔2024〕21号
!m 信息来源：县气象局　　阅读：176
{BODY}
!a 【关闭窗口】　【打印正文】
!m 雾屏县人民政府办公室主办　技术支持：雾屏县信息中心
""",
        body="""
各乡镇气象工作站，局属各科室：
秋冬季是我县团雾高发期，为做好团雾监测预警服务，现就有关事项通知如下：
一、加密观测。沿江高速沿线6个能见度自动站实行每分钟一次数据上传，出现缺测立即报修。
二、及时预警。能见度降至200米以下时，值班预报员须在10分钟内向交警、路政发出预警短信。
三、加强值守。11月至次年2月实行24小时双人值班。
雾屏县气象局
2024年10月16日
""",
    ),
    dict(
        slug="news-shatuo-dune-fixing-html",
        site="沙陀新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.shatuonews.example.cn/content/2024-04/28/content_90312.html",
        title="沙陀县今春完成草方格固沙1.2万亩",
        record_title=None,
        date="2024-04-28",
        notes="record without title; news portal; title glued to the lead; photo caption; editor glued after the last paragraph",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>沙陀新闻网</title></head>
<body>
<header><div class="logo">⟦m 沙陀新闻网⟧</div><nav>⟦m 首页 时政 民生 生态 视频 专题⟧</nav></header>
<div class="breadcrumb">⟦m 首页 &gt; 生态⟧</div>
<h1 class="headline">{T}</h1>
<div class="meta">⟦m 2024-04-28 17:36:09　来源：沙陀融媒　作者：赵一鸣⟧</div>
<div class="art">
{BODY}
</div>
<div class="share">⟦l 分享至：朋友圈　微博　复制链接⟧</div>
<aside><h3>⟦l 24小时热文⟧</h3><ol><li>⟦l 县城北郊生态公园开园⟧</li><li>⟦l 全县春播进度过半⟧</li></ol></aside>
<footer>⟦d 沙陀新闻网版权所有，未经书面授权禁止转载⟧</footer>
</body></html>
""",
        body="""
⟦t 沙陀县今春完成草方格固沙1.2万亩⟧本网讯 记者从县林草局获悉，今年3月以来，全县组织治沙站职工和周边农牧民压设草方格沙障1.2万亩，栽植梭梭、花棒等灌木86万株。
⟦m 图为治沙队员在北沙窝压设草方格。赵一鸣 摄⟧
今年的草方格压设首次引入机械化作业，一台压沙机一天可完成40亩，效率是人工的十倍。
县林草局负责人介绍，下一步将加强沙障管护，确保造林成活率达到85%以上。⟦m 编辑：何苗⟧
""",
    ),
    dict(
        slug="forum-ganhai-ripcurrent-discuz-jammer",
        site="赶海人论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://www.ganhairen.example.com/thread-20771-1-1.html",
        title="赶海别往那条“平静水道”走——说说离岸流",
        record_title="赶海别往那条“平静水道”走——说说离岸流 - 赶海交流 - 赶海人论坛",
        date="2024-08-03",
        notes="Discuz-like forum with jammer fonts; 发表于 is the date; floor chrome",
        page="""
<html><head><meta charset="utf-8"><title>赶海别往那条“平静水道”走——说说离岸流 - 赶海交流 - 赶海人论坛</title>
<script src="static/js/common.js"></script></head>
<body>
<div id="hd">⟦m 赶海人论坛⟧ <span>⟦a 用户名 密码 自动登录 找回密码 立即注册⟧</span></div>
<div id="pt">⟦m 赶海人论坛 › 赶海交流 › 查看内容⟧</div>
<div class="pl">
<h1>{T}</h1>
<div class="authi">⟦m 潮水来了 发表于 2024-8-3 18:44 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="sign">⟦m 签名：退潮看海，涨潮看人⟧</div>
<div class="po">⟦l 回复 引用 举报 | 支持 12 反对 0⟧</div>
</div>
<div id="f_pst">⟦a 高级模式 | 发表回复前请先登录⟧</div>
<div id="ft">⟦m Powered by Discuz! X3.4 © 2001-2024 赶海人论坛⟧</div>
</body></html>
""",
        p_html="{}<br>",
        junk=dict(lines=1, glued=2),
        body="""
上周在北沙湾赶海，亲眼看到两个年轻人在涨潮前被水往外拉，幸好附近渔民开船过去把人拉了上来。
那一段两边都是浪，中间一条水道特别平静，颜色还深一些，很多人以为那里安全。其实那就是离岸流。
给大家提个醒：赶海一定要看潮汐表，涨潮前一小时就往回走；看到中间不起浪、往外漂东西的地方千万别下去。
万一被带走了，别往岸边硬游，先横着游出去，再找机会上岸。
""",
    ),
]
