"""holdout58, part A. Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-bishuge-speech-pest-control",
        site="笔述阁范文 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://www.bishuge.cn/jh/weisheng/7731.html",
        title="在全县病媒生物防制工作推进会上的讲话",
        record_title="在全县病媒生物防制工作推进会上的讲话（精选3篇）-笔述阁",
        date="2025-04-17",
        notes="decorated record title; date under the speech title; speaker line neutral",
        page="""
!m 笔述阁 · 公文写作素材库
!m 位置：笔述阁 / 讲话发言 / 卫生健康
!t 在全县病媒生物防制工作推进会上的讲话（精选3篇）
!m 整理：墨石　更新于：3天前　浏览量 1,208
!a ［复制全部］［存为Word］［放进我的收藏］
{T}
县委常委、副县长　韦书朗
（2025年4月17日）
{BODY}
!a 以上为第1篇，余下2篇开通会员后可见
!l 延伸阅读：爱国卫生月活动方案｜夏季灭蚊行动通知｜病媒监测工作总结
!d 声明：本站所收文稿仅供写作参考，转载请保留出处。
!m 笔述阁 bishuge.cn　湘ICP备20031177号
""",
        indent="\u3000\u3000",
        body="""
同志们：
今天这个会，是在夏季病媒生物高发期到来之前召开的一次专门会议。刚才，县疾控中心通报了一季度监测情况，棠邑镇、苕阳街道作了发言，我都赞同。
一、认清防制工作的紧迫性
今年一季度，全县鼠密度监测值较去年同期上升了0.8个百分点，城郊接合部和农贸市场周边问题尤其突出。⟦a 【点此复制本段】⟧各乡镇不能抱有侥幸心理。
二、抓住重点场所和关键环节
农贸市场、餐饮集中区、建筑工地和老旧小区是重点。各责任单位要在5月底前完成一次集中清理，做到积水清、垃圾清、孳生地清。
三、压实属地责任
县爱卫办要建立周通报制度，对排名靠后的乡镇由分管县领导约谈。同志们，病媒防制看似小事，关系群众健康，希望大家抓紧抓实。
""",
    ),
    dict(
        slug="wenku-yunyue-plan-gas-station-drill",
        site="云阅文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="plan",
        form="text",
        source="https://wenku.yunyue.net/view/9f2a71c0d3.html",
        title="汐口加油站2025年油品泄漏应急演练方案",
        record_title="汐口加油站2025年油品泄漏应急演练方案.docx",
        date=None,
        notes="file-name record title; page markers in a form of our own cut sentences; no date in the document (year only in the title); upload stamp is no date",
        page="""
!m 云阅文库　海量文档在线阅读
!t 汐口加油站2025年油品泄漏应急演练方案.docx
!m 上传者：老站长　上传时间：2025-02-11　页数：4页　格式：DOCX
!a 免费预览已结束，剩余2页可下载查看
{BODY}
!a 下载本文档（需消耗8个阅豆）
!d 本文档由用户自行上传，云阅文库仅提供存储服务，如涉及侵权请联系删除。
!l 相关文档：加油站消防演练记录表　加油站安全生产责任制　油库应急预案范本
""",
        pages=dict(fmt="〖{n}/4〗", every=120, start=2),
        body="""
为检验本站油品泄漏事故应急处置能力，提高员工自救互救水平，结合站内实际，制定本方案。
一、演练目的
通过模拟卸油作业时油罐车软管破裂导致汽油泄漏的场景，检验报警、断电、围堵、疏散、现场警戒等环节的衔接情况。
二、组织机构
演练总指挥由站经理担任，副总指挥由安全员担任，下设警戒组、处置组、疏散组和后勤组。
三、演练步骤
卸油员发现泄漏后立即关闭紧急切断阀并呼喊报警；值班班长启动应急预案，通知全站停止加油作业；处置组使用吸油毡和沙袋围堵泄漏油品；疏散组引导车辆和顾客撤离至站外安全区域。
四、总结评估
演练结束后由总指挥进行讲评，安全员形成书面评估报告，针对暴露的问题提出整改措施并限期落实。
""",
    ),
    dict(
        slug="gov-tangyi-notice-streetlight-repair",
        site="棠邑县人民政府网 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.tangyi.gov.cn/zwgk/tzgg/202506/t20250609_40721.html",
        title="关于开展城区路灯设施集中检修的通告",
        record_title=None,
        date="2025-06-09",
        notes="no record title; byline 发布时间 is the date; the document's own 联系人/电话 next to the portal's hotline; index table",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于开展城区路灯设施集中检修的通告_棠邑县人民政府</title>
<link rel="stylesheet" href="/css/main.css"><script src="/js/jquery.min.js"></script></head>
<body>
<header class="top"><div class="logo">⟦m 棠邑县人民政府⟧</div>
<div class="tools"><a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦m 网站支持IPv6⟧</a></div></header>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进棠邑⟧</li></ul></nav>
<div class="crumb">⟦m 您当前所在位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk"><tr><td>⟦m 索引号：11340522MB1705C-/2025-0609003⟧</td><td>⟦m 发布机构：县城市管理局⟧</td></tr>
<tr><td>⟦m 主题分类：城乡建设、环境保护⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr></table>
<article><h1>{T}</h1>
<div class="info">⟦m 发布时间：2025-06-09 10:12　来源：县城市管理局　浏览次数：387⟧</div>
<div class="font">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧</div>
<div class="content">
{BODY}
</div></article>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="pn">⟦l 上一条：关于2025年城区防汛排涝工作的通知⟧<br>⟦l 下一条：棠邑县城区户外广告设施整治公告⟧</div>
<footer><p>⟦m 主办：棠邑县人民政府办公室　承办：县政务公开办⟧</p>
<p>⟦m 网站标识码：3405220013　皖ICP备05002731号⟧</p>
<p>⟦m 政务服务热线：12345　网站纠错：0563-7126600⟧</p></footer>
<script>var _hmt=_hmt||[];</script>
</body></html>
""",
        body="""
为保障城区夜间照明安全，县城市管理局定于2025年6月12日至6月30日，对城区主次干道路灯设施进行集中检修。现将有关事项通告如下：
一、检修范围：人民路、棠溪大道、新华街、滨河东路等12条道路的路灯杆、灯具、线缆及控制箱。
二、检修期间，部分路段将临时占用非机动车道，请过往车辆和行人注意避让，服从现场人员指挥。
三、检修期间个别路段可能出现夜间短时熄灯，由此带来的不便，敬请谅解。
联系人：周晓川，联系电话：0563-7132918。
棠邑县城市管理局
2025年6月9日
""",
    ),
    dict(
        slug="news-fangkou-bus-route-adjust",
        site="舫口新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.fangkou.com.cn/msh/2025/0311/88120.shtml",
        title="舫口公交开通三条通勤快线",
        record_title="舫口公交开通三条通勤快线",
        record_date="2025-03-11",
        date="2025-03-11",
        notes="record title and date; repeated title glued to the lead; share bar between paragraphs",
        page="""
!m 舫口新闻网 | 民生
!m 首页 → 民生 → 出行
!m 2025-03-11 08:05　来源：舫口日报　记者 谭一禾　编辑 阮宁
!a 字号：A+ A-　　收听本文
{BODY}
!m （责编：阮宁　审核：史立）
!l 【热门推荐】 舫口高铁站接驳线延时运营至23点 | 老城区停车泊位月底扩容
!d 舫口新闻网所有原创稿件，未经书面授权不得转载。
""",
        body="""
⟦t 舫口公交开通三条通勤快线⟧本报讯 3月10日起，舫口公交集团在早晚高峰开通K1、K2、K3三条通勤快线，串联城东产业园、高铁站和老城区。
据公交集团运营部负责人介绍，快线采取“大站停靠”方式，单程平均可缩短通勤时间15分钟左右。
⟦l 分享到：朋友圈 | 微博 | 复制链接⟧
开通首日，三条快线共运送乘客4300余人次。公交集团表示，将根据客流监测数据适时增加班次。
""",
    ),
    dict(
        slug="forum-chayou-bathhouse-post",
        site="澡堂子老友论坛 (invented)",
        style="论坛",
        genre="倡议书",
        kind="letter",
        form="text",
        source="http://bbs.zaotanglaoyou.com/thread-20318-1-1.html",
        title="关于老城区公共浴室文明洗浴的倡议书",
        record_title="【转帖】关于老城区公共浴室文明洗浴的倡议书 - 澡堂子老友论坛",
        date="2025-01-20",
        notes="forum post with jammer junk; the document's date under the signature in Chinese numerals",
        page="""
!m 澡堂子老友论坛 » 城事杂谈 » 查看主题
!m 楼主：搓背老王　发表于 2025-1-22 21:40 | 只看该作者
!t 【转帖】关于老城区公共浴室文明洗浴的倡议书
{BODY}
!m 本帖最后由 搓背老王 于 2025-1-22 21:52 编辑
!l 沙发 热水汀：支持！前天去还碰到有人占着水龙头洗衣服
!l 回复 支持(12) 反对(0)
!a 登录后才能回帖，没有账号？立即注册
""",
        junk=dict(lines=1, glued=2),
        body="""
广大浴友：
老城区的几家公共浴室陪伴大家走过了几十年，是街坊邻里的“老客厅”。为了让大家洗得舒心，我们倡议：
一、自觉排队，不抢占淋浴喷头，不在浴池内洗衣物。
二、爱护设施，节约用水，离开时关好水龙头。
三、患有传染性皮肤病时暂不入池，老人小孩须有家人陪同。
让我们从自身做起，共同维护干净、安全、和谐的洗浴环境。
棠邑县城关镇浴室行业互助会
二〇二五年一月二十日
""",
    ),
    dict(
        slug="blog-yunshan-notes-go-club-summary",
        site="云杉的围棋手记 (invented)",
        style="博客",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://yunshan-weiqi.blogspot.example/2024/12/club-summary.html",
        title="苕阳县少儿围棋社2024年工作总结",
        record_title="苕阳县少儿围棋社2024年工作总结 | 云杉的围棋手记",
        date="2024-12-28",
        notes="blog with tag cloud and archive; date only in the document; data table rows",
        page="""
<!doctype html>
<html><head><meta charset="utf-8"><title>苕阳县少儿围棋社2024年工作总结 | 云杉的围棋手记</title>
<style>.side{float:right}</style></head>
<body>
<div id="header"><h2>⟦m 云杉的围棋手记⟧</h2><p>⟦m 黑白之间，慢慢来⟧</p></div>
<div id="menu"><a>⟦m 首页⟧</a> <a>⟦m 棋谱⟧</a> <a>⟦m 教学⟧</a> <a>⟦m 关于我⟧</a></div>
<div class="post">
<h1>{T}</h1>
<div class="meta">⟦m 云杉 发表于 2024年12月30日 · 分类：社团杂记 · 阅读 96⟧</div>
{BODY}
<div class="tags">⟦l 标签：围棋 少儿 社团 总结⟧</div>
<div class="nav">⟦l « 上一篇：冬令营报名须知⟧ ⟦l 下一篇：如何给孩子讲“气” »⟧</div>
<div id="comments"><h3>⟦l 2 条评论⟧</h3><p>⟦l 小尖：辛苦云杉老师！⟧</p><p>⟦l 发表评论（需登录）⟧</p></div>
</div>
<div class="side"><h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年12月 (3)⟧</li><li>⟦l 2024年11月 (5)⟧</li></ul>
<h4>⟦l 标签云⟧</h4><p>⟦l 死活题 定式 复盘 比赛⟧</p></div>
<div id="footer">⟦d © 2024 云杉的围棋手记 · 文章转载请注明出处⟧</div>
</body></html>
""",
        body="""
2024年，少儿围棋社在县文化馆的支持下，坚持每周两次集中授课，全年共开展教学活动96次。现将主要工作总结如下。
一、教学基本情况
班级　学员人数　结业人数
启蒙班　42　39
提高班　25　24
竞赛班　11　11
二、参赛成绩
全年组织学员参加市级以上比赛6次，获得团体第二名1次、个人前八名5人次。
三、存在的不足
场地较为紧张，部分家长反映上课时间与学校课后服务冲突。明年将与两所小学协商开设校内分教点。
苕阳县少儿围棋社
2024年12月28日
""",
    ),
    dict(
        slug="wxmirror-lvyin-letter-dragon-boat",
        site="微文馆 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="letter",
        form="text",
        source="https://weiwenguan.cc/a/sz_longzhou_2025",
        title="端午龙舟赛安全文明观赛倡议书",
        record_title=None,
        date="2025-05-26",
        notes="WeChat mirror; no record title; 阅读原文/在看 chrome; document date under signature",
        page="""
!m 微文馆 - 公众号文章存档
!m 原创　榕畈文旅　2025-05-27 18:30　发表于广东
{T}
!w 长按识别二维码关注“榕畈文旅”
{BODY}
!a 阅读原文
!a 分享　收藏　点赞 36　在看 12
!l 往期推荐：龙舟下水仪式定于5月29日 | 榕畈古村端午民俗活动一览
!d 微文馆收录的文章版权归原公众号所有
""",
        gap=True,
        body="""
广大市民朋友、游客朋友：
2025年榕畈县端午龙舟赛将于5月31日在溪畔公园河段举行。为确保赛事安全有序，特发出如下倡议：
一、请提前规划出行路线，优先乘坐公共交通，遵从现场交通疏导。
二、请在指定观赛区域观赛，不翻越护栏，不在河堤边缘拍照，照看好随行老人和儿童。
三、请文明观赛，不乱扔垃圾，离场时带走随身废弃物。欢迎大家扫码关注赛事官方账号，及时了解赛程变化。
榕畈县龙舟协会
2025年5月26日
""",
    ),
    dict(
        slug="docshare-dafen-report-abattoir",
        site="搭分享文档 (invented)",
        style="文档分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.dafenxiang.com/p-61203381.html",
        title="关于檀湾县生猪定点屠宰企业运行情况的调研报告",
        record_title="关于檀湾县生猪定点屠宰企业运行情况的调研报告.pdf",
        date="2025-08-15",
        notes="file-name title; document-sharing reader; date under signature; pay prompt between paragraphs",
        page="""
<html><head><meta charset="gbk"><title>关于檀湾县生猪定点屠宰企业运行情况的调研报告.pdf-搭分享文档</title></head>
<body>
<div class="hd">⟦m 搭分享文档 — 文档也能赚钱⟧ <a>⟦a 登录⟧</a> <a>⟦a 免费注册⟧</a></div>
<div class="crumb">⟦m 搭分享 › 行业资料 › 农林牧渔⟧</div>
<h1>⟦t 关于檀湾县生猪定点屠宰企业运行情况的调研报告.pdf⟧</h1>
<div class="docinfo">⟦m 贡献者：yangzhi_2018　｜　14页　｜　下载 22 次　｜　5 积分⟧</div>
<div class="reader">
{BODY}
</div>
<div class="buy">⟦a 还剩11页未读，继续阅读⟧<br>⟦a 立即下载（5积分）⟧ ⟦a 加入文件夹⟧</div>
<div class="rel"><h3>⟦l 相似文档⟧</h3><ul><li>⟦l 屠宰场检疫工作汇报⟧</li><li>⟦l 畜禽屠宰行业整治方案⟧</li></ul></div>
<div class="ft">⟦d 本站文档由网友上传分享，平台不对内容真实性负责；如有侵权请发送邮件至 jubao@dafenxiang.com⟧</div>
</body></html>
""",
        body="""
按照县人大常委会年度工作安排，调研组于7月中下旬对全县3家生猪定点屠宰企业进行了实地调研。现将有关情况报告如下。
一、基本情况
全县现有生猪定点屠宰企业3家，设计年屠宰能力40万头，今年1至6月实际屠宰生猪11.2万头，产能利用率约56%。
⟦a 下载完整版阅读体验更佳⟧
二、存在的问题
一是产能利用率偏低，小型企业经营困难；二是冷链配送体系不完善，县域外销比例不足三成；三是部分企业污水处理设施老化。
三、建议
建议由县农业农村局牵头，推动屠宰企业与冷链物流企业合作，逐步实现“集中屠宰、冷链配送、冷鲜上市”。
檀湾县人大常委会调研组
2025年8月15日
""",
    ),
    dict(
        slug="edu-junzhou-notice-school-bus",
        site="筠州市教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.junzhou.gov.cn/tzgg/2025/0822/5517.html",
        title="关于做好2025年秋季学期校车安全管理工作的通知",
        record_title="关于做好2025年秋季学期校车安全管理工作的通知",
        date="2025-08-20",
        notes="document number neutral; 附件 list and 抄送 版记 kept; date under signature in Arabic numerals",
        page="""
!m 筠州市教育体育局　Junzhou Education & Sports Bureau
!m 当前位置：首页＞通知公告＞安全稳定
{T}
!m 作者：安全科　发布日期：2025-08-22　点击：1033
筠教体发〔2025〕41号
{BODY}
!a 【关闭本页】【打印文章】
!m 版权所有：筠州市教育体育局　地址：筠州市文昌路8号　邮编：412300
""",
        indent="\u3000\u3000",
        body="""
各县（区）教育体育局，市直各学校：
为切实保障学生乘车安全，现就秋季学期校车安全管理工作通知如下。
一、开学前对所有校车开展一次全面安全检查，重点检查制动、灯光、安全带和应急锤配备情况。
二、严格落实随车照管人员制度，做到上下车清点人数、签字交接。
三、发现超员、超速、驾驶员资质不符等问题，立即停运整改。
附件：1.校车安全检查登记表
2.随车照管人员登记表
筠州市教育体育局
2025年8月20日
抄送：市公安局交警支队，市交通运输局。
筠州市教育体育局办公室　2025年8月20日印发
""",
    ),
    dict(
        slug="intranet-huaneng-bulletin-cold-chain",
        site="椿原冷链物流公司内网 (invented)",
        style="企业内网",
        genre="通知",
        kind="notice",
        form="html",
        source="http://oa.chunyuan-lengliang.local/doc/view?id=20250304117",
        title="关于冷库作业人员防冻伤安全措施的通知",
        record_title="关于冷库作业人员防冻伤安全措施的通知",
        record_date="2025-01-06",
        date="2025-01-06",
        notes="intranet document view with circulation record and read count; the document's own contact line",
        page="""
<html><head><meta charset="utf-8"><title>公文查看 - 椿原冷链协同办公平台</title></head>
<body>
<div class="bar">⟦m 椿原冷链协同办公平台⟧　⟦m 欢迎您，仓储二部 郝立⟧　<a>⟦a 退出登录⟧</a></div>
<div class="tabs"><span>⟦m 待办(3)⟧</span> <span>⟦m 已办⟧</span> <span>⟦m 公文查看⟧</span></div>
<table class="form"><tr><td>⟦m 文件类型：公司发文⟧</td><td>⟦m 密级：内部⟧</td><td>⟦m 阅读次数：214⟧</td></tr></table>
<h2>{T}</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4><p>⟦m 2025-01-06 09:10 安全环保部 拟稿⟧</p><p>⟦m 2025-01-06 11:32 分管副总 签发⟧</p></div>
<div class="btns">⟦a 打印正文⟧ ⟦a 下载附件⟧ ⟦a 转发⟧</div>
<div class="foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
各仓储部门：
近期气温持续走低，冷库内外温差加大。为防止作业人员冻伤，现提出以下要求：
1.进入零下18摄氏度以下库区作业，连续作业时间不超过40分钟，出库后须在缓冲间休息不少于15分钟。
2.防寒服、防寒手套、防滑鞋等劳保用品由各部门于1月10日前完成检查更换。
3.库门内侧应急开门装置每班检查一次，并做好记录。
联系人：安全环保部 戴梅，分机 8023。
""",
    ),
    dict(
        slug="qa-wenda-road-maint-question",
        site="问到底问答 (invented)",
        style="问答社区",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.wendaodi.com/q/3318207.html",
        title="关于商请协助做好县道养护施工交通疏导的函",
        record_title="公路养护站给交警队的商请函怎么写？",
        title_also=[],
        date=None,
        notes="Q&A page; record title is the question (decorated); answer quotes a sample letter; relative times are no dates",
        page="""
!m 问到底 › 公文写作 › 函件
!m 公路养护站给交警队的商请函怎么写？
!m 提问者：路政小白　2小时前　｜　浏览 58
!l 我要回答
!m 最佳答案　　答主：老养路工（采纳率 91%）
{T}
{BODY}
!m 回答于 1小时前
!l 有用 7　没用 0　评论
!l 其他回答（2）：可以参考一下本地交警的回函格式……
!a 下载问到底APP，随时随地提问
""",
        body="""
泖溪县交警大队：
根据年度养护计划，我站定于近期对县道X107线K12至K18路段进行路面病害处治施工，施工期间需半幅通行。
为保障施工期间通行安全，商请贵大队在施工路段两端各安排警力一名，协助做好交通疏导工作。
施工联系人：钟平，电话13907459921。
妥否，请函复。
泖溪县公路养护站
""",
    ),
    dict(
        slug="collection-laoma-essay-sanitation",
        site="马守拙文存 (invented)",
        style="个人文集",
        genre="心得体会",
        kind="reflection",
        form="text",
        source="http://mashouzhuo.net/wencun/2024/xinde-12.html",
        title="在环卫一线跟班劳动的几点体会",
        record_title="文存之十二：在环卫一线跟班劳动的几点体会",
        date="2024-11-03",
        notes="personal collection; chapter nav; date line under the title (Chinese numerals)",
        page="""
!m 马守拙文存 · 第三卷 · 杂感
!l 上一章：下乡日记三则　｜　目录　｜　下一章：写给退休同事的信
!t 文存之十二：在环卫一线跟班劳动的几点体会
{T}
二〇二四年十一月三日
{BODY}
!d 本文集所有文字为作者原创，转引请注明“马守拙文存”。
!m 页面访问：4421　｜　站长信箱：msz1956@example.net
""",
        indent="\u3000\u3000",
        wrap=64,
        body="""
上个月，单位组织机关干部到城区环卫所跟班劳动一周。凌晨四点半出门，跟着清扫班组从解放路扫到老车站，才真正知道一条干净的马路背后是什么。
第一点体会，是敬畏。一位姓杜的师傅干了二十二年，手上的茧比我的指甲还厚。她说扫地也有讲究，逆风扫，灰就扬不起来。
第二点体会，是反思。我们坐在办公室里写方案，动辄“全覆盖”“零死角”，可一个班组六个人要负责十几条街，方案里很少算过这笔账。
第三点体会，是责任。回到岗位以后，我把这一周的记录整理成了一份建议，交给了分管领导。能做的事不多，但总要做一点。
""",
    ),
]
