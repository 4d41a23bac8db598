"""holdout195, part A: 范文 sites, 文库 previews, county portals, news portals, forums.

Invented text throughout (subjects: mosquito nets, power banks, hand fans, desk name plates,
sleep eye masks); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="fanwen-fuli-speech-mosquito-nets-gb2312",
        site="扶犁范文网 (invented, old gb2312 table layout)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.fuli-fw.com/jianghua/weisheng/2025/0711/40917.html",
        title="在全县登革热防控暨蚊帐发放工作推进会上的讲话",
        record_title="在全县登革热防控暨蚊帐发放工作推进会上的讲话（热门2篇）_扶犁范文网",
        date="2025-07-09",
        date_also=["2025-07-11"],
        notes="gb2312 table page: marquee, font-size row, QQ box, hot list, counter; date under the speech title; speaker line neutral; ghost-writer line between paragraphs",
        page="""
<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>在全县登革热防控暨蚊帐发放工作推进会上的讲话（热门2篇）_扶犁范文网</title>
<script language="javascript" src="/inc/count.js"></script>
<style>td{font-size:12px}.bt{font-size:20px}</style>
</head><body bgcolor="#f4efe3">
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="logo">⟦m 扶犁范文网 fuli-fw.com⟧</td><td align="right">⟦a <a href="#">设为首页</a> | <a href="#">加入收藏</a>⟧</td></tr>
<tr><td colspan="2"><marquee scrollamount="2">⟦m 扶犁范文网欢迎您！耕文如耕田，一字一垄都用心——本站每日更新讲话、方案、总结⟧</marquee></td></tr>
<tr><td colspan="2" class="nav">⟦m 网站首页 | 领导讲话 | 工作总结 | 实施方案 | 心得体会 | 述职报告⟧</td></tr>
</table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div class="weizhi">⟦m 您的位置：扶犁范文网 &gt;&gt; 领导讲话 &gt;&gt; 卫生健康讲话 &gt;&gt; 正文⟧</div>
<div class="bt">{T}</div>
<div class="xx">⟦m 时间：2025-07-11　编辑：犁夫　人气：1536　来源：网友投稿⟧</div>
<div class="zh">⟦a 【阅读字号：特大 大 中 小】【双击滚屏】【关闭本页】⟧</div>
<p align="center">（2025年7月9日）</p>
<p align="center">县卫生健康局党组书记、局长　滕海波</p>
<div class="nr">
{BODY}
</div>
<div class="xz">⟦a 本篇讲话稿共1280字，点此下载原版Word（会员免积分）⟧</div>
<div class="sx">⟦l 上一篇：在全县爱国卫生月活动动员会上的讲话⟧<br>⟦l 下一篇：乡镇卫生院院长在防汛救灾医疗保障会上的表态发言⟧</div>
</td><td width="250" valign="top">
<div class="qq">⟦w 专业代拟讲话稿 QQ：2930417765（耿老师）⟧</div>
<div class="hot"><b>⟦l 本周热文排行⟧</b><br>
⟦l 1.夏季爱国卫生运动讲话稿⟧<br>⟦l 2.病媒生物防制工作总结范文⟧<br>⟦l 3.乡镇疾控工作会议主持词⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td class="foot">
⟦d 本站文章由网友投稿及网络收集整理，仅供学习参考，若有侵权请来函告知，核实后立即删除。⟧<br>
⟦m 扶犁范文网 版权所有　湘ICP备16082273号-3⟧<br>
⟦m 您是本站第 0728391 位访客⟧
</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天召开这次会议，主要是贯彻落实全市登革热防控工作会议精神，部署全县蚊帐发放和防蚊灭蚊工作。刚才，县疾控中心通报了今年以来的监测情况，罾口镇、罱河镇作了表态发言，我都同意。下面，我讲三点意见。
一、清醒认识当前防控形势
入夏以来，周边县区已报告输入性病例4例，我县伊蚊布雷图指数连续两周超过警戒值。防蚊是切断传播的第一道防线，一顶合格的蚊帐，就是群众床头看得见的屏障，大家务必高度重视。
二、把蚊帐发放到户到床
今年县财政安排资金38万元，采购药浸蚊帐6200顶，重点发给独居老人、低保户和在建工地工棚。各乡镇要在7月20日前完成发放，做到登记一户、发放一户、挂好一户，决不能让蚊帐堆在仓库里“睡大觉”。
⟦w 本站可按您的会议名称代拟讲话稿，两小时出稿，微信 fuli_wengao⟧
三、压实责任抓好督导落实
县爱卫办要组织力量入户抽查，对发放不到位、群众不会挂、挂了不用的，要现场指导、限期整改。各级各部门要把这项工作作为为民办实事的具体行动，确保群众安全度夏。
""",
    ),
    dict(
        slug="fanwen-gengyun-insight-name-plates",
        site="耕耘公文网 (invented)",
        style="范文站",
        genre="心得体会",
        kind="other",
        form="text",
        source="https://www.gengyungw.com/xinde/gongzuo/58213.html",
        title="做好会务保障工作的几点心得体会",
        record_title="【会务心得】做好会务保障工作的几点心得体会（热门3篇）",
        date=None,
        notes="decorated record title; upload stamp is no date; font-size row; member prompt between paragraphs; copy button glued after a sentence",
        page="""
!m 耕耘公文网 · 笔头上的庄稼地
!m 当前位置：首页 ＞ 心得体会 ＞ 工作心得 ＞ 正文
!t 【会务心得】做好会务保障工作的几点心得体会（热门3篇）
!m 上传时间：3 天前　　浏览：2206　　投稿：稻香
!a 字体：【大】【中】【小】　　背景色：【护眼】【默认】
{BODY}
!a 以上为第1篇，另2篇需登录后查看，点此登录
!l 相关推荐范文：
!l 办公室会务工作经验交流材料
!l 会议服务保障工作总结（精选）
!l 机关办公室主任岗位心得
!w 材料代写、润色改稿，加QQ 3317062458（备注“耕耘”）
!d 耕耘公文网内容均来自会员投稿，文责自负，仅供参考借鉴。
!m ©2025 gengyungw.com 耕耘公文网　粤ICP备19063152号
""",
        indent="\u3000\u3000",
        body="""
去年我从业务科室调到办公室负责会务，第一次筹备全县半年工作会议时，把一位副县长桌牌上的名字印错了一个字，会前十分钟才被发现。那次教训让我明白，会务工作没有小事，一块桌牌背后就是单位的形象。
一是细节要抠到底。现在每次会前，我都按照座次图逐一核对桌牌，姓名、职务、字号、摆放方向都要两人交叉检查，备用空白桌牌和打印机随会携带。⟦a 点此一键复制本段⟧
⟦a 开通VIP会员，全站范文不限次下载⟧
二是预案要想在前。参会人员临时变动是常态，我们把桌牌电子版按会议建档，临时增减人员时五分钟内就能补印到位。
三是服务要有温度。对年纪大的老同志，桌牌字号适当放大，座位安排在靠近出口的位置。会务工作做得好不好，参会同志坐下那一刻就能感觉到。
""",
    ),
    dict(
        slug="wenku-lihua-plan-power-bank-checks-screen-markers",
        site="犁铧文库 (invented)",
        style="文库预览",
        genre="方案",
        kind="other",
        form="html",
        source="https://www.lihuawk.com/view/7c31be90a2f4.html",
        title="关于加强客运站旅客随身充电宝安全检查的实施方案",
        record_title="关于加强客运站旅客随身充电宝安全检查的实施方案 - 犁铧文库",
        date="2025-05-16",
        date_also=[],
        notes="文库 reader: page markers '⎔ n ⎔' as paragraphs cut sentences; upload stamp is no date; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>关于加强客运站旅客随身充电宝安全检查的实施方案 - 犁铧文库</title>
<script src="https://static.lihuawk.com/reader.min.js"></script>
</head><body>
<header class="top"><a class="logo" href="/">⟦m 犁铧文库 · 资料一犁到底⟧</a>
<form class="so"><input placeholder="搜索海量文档"><button>⟦a 搜文档⟧</button></form>
<a class="vip" href="/vip">⟦a 办畅享卡 每天免费下5篇⟧</a></header>
<nav class="crumbs">⟦m 犁铧文库 › 行业资料 › 交通运输 › 安全管理⟧</nav>
<section class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 上传者：路路通2019　上传于 2025-06-02　共 5 页　3.1 千字　浏览 684⟧</p>
<div class="ops">⟦a 下载　收藏　分享到微信　举报⟧</div></section>
<section class="reader">
{BODY}
</section>
<div class="lock">⟦a 余下 3 页内容已隐藏，开通畅享卡继续阅读⟧<button>⟦a 立即解锁⟧</button></div>
<aside class="rel"><h4>⟦l 读过这篇的用户也在看⟧</h4><ul>
<li>⟦l 汽车客运站安全生产管理制度.docx⟧</li><li>⟦l 旅客危险品查堵工作方案⟧</li><li>⟦l 春运安检工作总结（三篇）⟧</li></ul></aside>
<footer>⟦d 犁铧文库文档均由用户上传，平台只提供存储空间，如有侵权请联系我们处理。⟧<br>⟦m 沪ICP备21019357号-2⟧</footer>
</body></html>
""",
        p_html='<p class="pg-txt">{}</p>',
        pages=dict(fmt="⎔ {n} ⎔", every=150, start=2),
        body="""
各客运站、各运输企业：
近期，全国多地发生旅客随身携带的充电宝在车内冒烟起火事件。为消除客运站安全隐患，保障旅客出行安全，结合我县实际，制定本方案。
一、检查对象
进站旅客随身携带及行李中夹带的移动电源（充电宝），重点检查无3C认证标识、无额定能量标识、外壳鼓包破损的产品。
二、工作措施
（一）设置专门检查点。各客运站在安检口增设充电宝检查台，配备检查员不少于2名，对可疑产品开包查验。
（二）规范登记处置。对不符合要求的充电宝，劝导旅客自行处置或交由车站暂存，暂存物品逐件登记，保管期为30日。
（三）加强宣传告知。在售票厅、候车室张贴告示，通过广播每半小时提示一次，引导旅客乘车时不使用充电宝为手机充电。
三、工作要求
各单位要于5月25日前完成检查点设置，县运输事业发展中心每月开展一次暗访检查，结果纳入年度安全考核。
罱川县交通运输局
2025年5月16日
""",
    ),
    dict(
        slug="wenku-shuheng-research-eye-masks-circle-markers",
        site="书衡文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wk.shuheng.net/p-55120938.html",
        title="关于住院患者睡眠质量与眼罩耳塞使用情况的调研报告",
        record_title="关于住院患者睡眠质量与眼罩耳塞使用情况的调研报告.pdf",
        date="2025-04-28",
        notes="file-name record title; page markers '◉ n ◉' on lines of their own cut sentences; a table one row a paragraph; 成文日期 in Chinese numerals",
        page="""
!t 关于住院患者睡眠质量与眼罩耳塞使用情况的调研报告.pdf
!m 书衡文库 — 让每一页都有分量
!m 页数：7　大小：412KB　格式：PDF　下载积分：8
!a ⇩ 下载到本地　　☆ 加入书架　　⚑ 纠错
{T}
{BODY}
!a 试看已到第3页，购买本文档（￥5.80）可查看剩余4页
!a 会员畅读　｜　单篇购买　｜　积分兑换
!d 本文档为网友上传，书衡文库不保证内容的准确性和完整性，仅供学习交流。
!l 同类文档：病房环境噪声调查报告 ｜ 护理质量持续改进案例集 ｜ 住院患者满意度调查分析
""",
        pages=dict(fmt="◉ {n} ◉", every=160, start=2),
        body="""
为了解住院患者夜间睡眠状况，3月至4月，县卫生健康局调研组对4家医疗机构开展专题调研，收回有效问卷583份。现将有关情况报告如下。
一、基本情况
调查显示，有41.3%的住院患者自述夜间入睡困难，主要原因依次是病区灯光、同室患者鼾声和夜间治疗操作。已向患者提供眼罩耳塞的病区，睡眠满意度明显高于未提供的病区。
医院　调查人数　提供眼罩耳塞　睡眠满意率
县人民医院　236　是　78.4%
县中医院　158　是　74.1%
醪口镇卫生院　97　否　52.6%
箧湾镇卫生院　92　否　49.0%
二、存在的问题
一是部分病区夜间巡视时整间亮灯；二是眼罩耳塞多由家属自行购买，质量参差不齐。
三、建议
建议将一次性眼罩耳塞纳入住院基础护理包，统一采购、按需发放；病区推行夜间分区照明和集中治疗时段，减少对患者睡眠的打扰。
醪口县卫生健康局调研组
二〇二五年四月二十八日
""",
    ),
    dict(
        slug="gov-zengxi-notice-mosquito-nets-index-table",
        site="罾溪县人民政府门户网站 (invented)",
        style="政府门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://www.zengxi.gov.cn/zwgk/zfxxgk/wjw/tzgg/202506/t20250613_88213.html",
        title="罾溪县卫生健康局关于做好2025年夏季蚊帐发放工作的通知",
        record_title="罾溪县卫生健康局关于做好2025年夏季蚊帐发放工作的通知_通知公告_罾溪县人民政府",
        date="2025-06-11",
        date_also=["2025-06-13"],
        notes="county portal with elder/reader links and an index table (文号 cell neutral); 发布日期 differs from the 成文日期; the notice's own contact beside the portal's correction line; 附件 list",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>罾溪县卫生健康局关于做好2025年夏季蚊帐发放工作的通知_通知公告_罾溪县人民政府</title>
<meta name="ArticleTitle" content="罾溪县卫生健康局关于做好2025年夏季蚊帐发放工作的通知">
<script src="/common/js/jquery.min.js"></script><script>var siteid='zx001';</script>
</head><body>
<div class="topbar">⟦a 长辈模式⟧ <a>⟦a 屏幕朗读⟧</a> <a>⟦a 简体 | 繁體⟧</a> <a>⟦a 登录个人中心⟧</a></div>
<div class="banner">⟦m 罾溪县人民政府　www.zengxi.gov.cn⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li><li>⟦m 走进罾溪⟧</li></ul>
<div class="position">⟦m 当前位置：首页 &gt; 政务公开 &gt; 部门信息公开 &gt; 县卫生健康局 &gt; 通知公告⟧</div>
<table class="xxgk-table">
<tr><td>⟦m 索引号：11431128MB1X27605Q/2025-00418⟧</td><td>⟦m 主题分类：卫生、体育⟧</td></tr>
<tr><td>⟦m 发布机构：罾溪县卫生健康局⟧</td><td>⟦m 发布日期：2025-06-13⟧</td></tr>
<tr><td>文号：罾卫函〔2025〕37号</td><td>⟦m 有效性：有效⟧</td></tr>
</table>
<div class="article"><h2>{T}</h2>
<div class="tool">⟦a 【字号：大 中 小】【打印本页】【关闭窗口】⟧　⟦m 浏览次数：913⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
</div>
<div class="relate"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 罾溪县2025年爱国卫生月活动方案⟧</li><li>⟦l 关于开展夏季病媒生物防制集中行动的通知⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：罾溪县人民政府办公室　承办：罾溪县政务服务数据管理局⟧</p>
<p>⟦m 网站纠错电话：0738-6200012　网站标识码：4311280003⟧</p>
<p>⟦m 湘ICP备05021736号　湘公网安备43112802000119号⟧</p>
</div>
</body></html>
""",
        body="""
各乡镇卫生院，县直各医疗卫生单位：
为做好今年夏季登革热等蚊媒传染病防控工作，县财政安排专项资金采购药浸蚊帐6200顶，现就发放工作通知如下。
一、发放对象。辖区内80岁以上独居老人、低保和特困供养人员家庭、在建工地集中居住的务工人员，每户（每个床位）发放1顶。
二、发放方式。由各乡镇卫生院会同村（社区）组织发放，发放时须登记领取人姓名、身份证号和联系电话，并现场指导挂设方法。
三、时间要求。各单位于6月20日前到县疾控中心领取物资，7月20日前完成发放，7月25日前将发放登记表报县卫生健康局疾控股。
联系人：欧阳瑾，电话：0738-6213357，邮箱：zxwjjkg@163.com
附件：1．2025年夏季蚊帐分配表
2．蚊帐发放登记表
罾溪县卫生健康局
2025年6月11日
""",
    ),
    dict(
        slug="gov-lanchuan-bulletin-power-bank-spot-check",
        site="罱川县人民政府网 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="text",
        source="https://www.lanchuan.gov.cn/xxgk/scjg/202508/t20250805_71026.html",
        title="罱川县市场监督管理局关于2025年第二批次移动电源产品质量监督抽查结果的通报",
        record_title="罱川县市场监督管理局关于2025年第二批次移动电源产品质量监督抽查结果的通报_罱川县人民政府网",
        record_date="2025-08-05",
        date="2025-08-05",
        notes="record date given; spot-check table one row a paragraph; 文号 line neutral; the bureau's complaint line in the body beside the portal's service phone; chrome glued after a sentence",
        page="""
!m 罱川县人民政府网　|　长者版　|　无障碍
!m 首页 > 信息公开 > 市场监管 > 抽查公告
{T}
!m 来源：县市场监督管理局　　发布时间：2025-08-05 09:30　　阅读：1207
!a 【打印】【收藏】【字体：大 中 小】
罱市监〔2025〕52号
{BODY}
!l 上一条：罱川县2025年食品安全抽检信息公告（第7期）
!l 下一条：关于开展电动自行车及电池产品质量专项整治的通知
!m 网站服务电话：0739-5526000（工作日 8:30—17:30）
!m 罱川县人民政府办公室主办　　湘ICP备10203114号-1
""",
        body="""
各有关单位：
根据年度产品质量监督抽查计划，我局于6月至7月对全县流通领域销售的移动电源（充电宝）产品开展了质量监督抽查。共抽查15家经营单位的20批次产品，合格17批次，不合格3批次，不合格发现率15%。⟦a 点击查看抽查细则⟧现将不合格产品通报如下：
序号　产品名称　标称生产企业　不合格项目
1　20000mAh移动电源　罱川县宏迅电子厂　标称容量、外壳阻燃
2　快充移动电源　瓞川市诺途科技有限公司　过充保护
3　迷你充电宝　（无标称）　标志标识、安全警示
对抽查不合格的经营单位，我局已依法责令其停止销售，并立案调查。请广大消费者购买充电宝时认准3C标志，不购买无厂名厂址的产品。
消费者投诉举报电话：0739-5521315
罱川县市场监督管理局
2025年8月4日
""",
    ),
    dict(
        slug="news-chaoyuan-fan-workshop-photo-captions",
        site="耖原新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.chaoyuannews.cn/content/2025-07/21/content_301855.html",
        title="耖原百年蒲扇老作坊迎来订单高峰",
        record_title="耖原百年蒲扇老作坊迎来订单高峰_民生_耖原新闻网",
        date="2025-07-21",
        notes="news page: ad slot, photo captions between paragraphs, an editor line glued after the last paragraph, 24-hour list; the byline's time is the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>耖原百年蒲扇老作坊迎来订单高峰_民生_耖原新闻网</title>
<script async src="https://ad.chaoyuannews.cn/slot.js"></script></head>
<body>
<div class="head"><span class="logo">⟦m 耖原新闻网　耖原县融媒体中心主办⟧</span>
<span class="app">⟦a 下载“耖原+”客户端⟧</span></div>
<div class="channel">⟦m 要闻 | 民生 | 乡镇 | 视听 | 专题 | 评论⟧</div>
<div class="ad">⟦m 广告⟧</div>
<div class="cur">⟦m 耖原新闻网 &gt; 民生 &gt; 正文⟧</div>
<h1 class="title">{T}</h1>
<div class="info">⟦m 2025-07-21 08:36　来源：耖原融媒　记者 桑晓禾 通讯员 丁一⟧</div>
<div class="cont">
{BODY}
</div>
<div class="bar">⟦l 分享至：微信 朋友圈 微博⟧　⟦a 【内容纠错】⟧</div>
<div class="list24"><h3>⟦l 24小时热闻⟧</h3>
<p>⟦l · 耖原西瓜节开幕　瓜农现场直播带货⟧</p><p>⟦l · 县城新增3处口袋公园⟧</p><p>⟦l · 暑期防溺水“十不准”请转告⟧</p></div>
<div class="foot">⟦d 本网稿件未经授权不得转载，违者必究。⟧<br>⟦m 耖原新闻网版权所有　湘ICP备17033620号⟧</div>
</body></html>
""",
        body="""
连日高温，位于耖原县竽田镇的蒲扇老作坊里却一派忙碌景象。7月以来，这家有着一百多年历史的作坊已接到订单3万余把，是去年同期的两倍多。
“今年订单主要来自外地景区和文创店，不少年轻人说，蒲扇扇出来的风最柔和。”作坊第四代传人丁守田一边削扇柄一边说。
⟦m 图为丁守田正在给蒲扇锁边。记者 桑晓禾 摄⟧
一把蒲扇要经过选叶、晾晒、压平、剪形、锁边等十多道工序。为赶订单，作坊请来村里12位老人帮忙锁边，每人每天能增收80元左右。
⟦m 图为晾晒场上等待压平的蒲葵叶。⟧
竽田镇相关负责人介绍，镇里正在申报蒲扇制作技艺县级非遗项目，并计划在作坊旁建设体验馆，让游客亲手做一把扇子。⟦m （责任编辑：贺兰 审核：易铭）⟧
""",
    ),
    dict(
        slug="news-laokou-eye-masks-train-title-glued",
        site="醪口晚报网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://www.laokouwb.com/cx/2025/0903/112804.shtml",
        title="醪口至省城高铁列车试点免费提供遮光眼罩",
        record_title="醪口至省城高铁列车试点免费提供遮光眼罩｜醪口晚报·出行频道",
        date="2025-09-03",
        notes="news text: the title repeated and glued to the lead; a publish-time line is the date; photo caption between paragraphs; follow prompt glued at the end",
        page="""
!m 醪口晚报网 · 出行频道
!m 发布时间：2025-09-03 07:15　来源：醪口晚报　作者：记者 范青禾
!a 听新闻　｜　字号 A+ A-　｜　分享
{T}{BODY}
!l 相关新闻：醪口站新增两趟夜间列车 ｜ 中秋假期铁路客流预测出炉
!d 醪口晚报网所刊作品版权所有，转载须注明出处。
!m 新闻热线：0745-8123456　网站备案：湘ICP备20011357号-4
""",
        body="""
9月2日起，醪口至省城方向的6趟高铁列车开始试点为旅客免费提供一次性遮光眼罩，旅客可在列车餐吧车厢或向乘务员领取。
据介绍，这批眼罩采用无纺布材质，一人一只、用后即弃。试点首日，共发放眼罩1100余只，早班车和晚班车领取最多。
⟦m 图为乘务员向旅客发放眼罩。通讯员 彭小舟 摄⟧
“早上六点多的车，戴上眼罩能补一觉。”在省城工作的旅客李女士说。
铁路部门表示，试点期为一个月，将根据旅客反馈决定是否推广，同时提醒旅客注意保管随身物品，下车前别忘了带走行李。⟦l 关注醪口晚报视频号，看更多出行资讯⟧
""",
    ),
    dict(
        slug="forum-jiyouquan-power-bank-swelling-jammer",
        site="机友圈论坛 (invented, Discuz-like)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="html",
        source="https://bbs.jiyouquan.net/thread-884120-1-1.html",
        title="充电宝鼓包了还能继续用吗",
        record_title="[求助] 充电宝鼓包了还能继续用吗 - 数码杂谈 - 机友圈论坛",
        date=None,
        notes="Discuz-like thread: jammer fonts inside the post, relative post time (no date), rating row, replies and reply box, signature",
        page="""
<html><head><meta charset="gbk"><title>[求助] 充电宝鼓包了还能继续用吗 - 数码杂谈 - 机友圈论坛</title>
<style>.jammer{display:none}</style></head><body>
<div id="toptb">⟦a 快捷导航⟧ <a>⟦a 找回密码⟧</a> <a>⟦a 注册新账号⟧</a></div>
<div id="hd">⟦m 机友圈论坛 — 玩机不迷路⟧</div>
<div id="pt">⟦m 机友圈论坛 › 数码杂谈 › 配件讨论 › 查看内容⟧</div>
<div class="ts">⟦t [求助] 充电宝鼓包了还能继续用吗⟧</div>
<div class="hm">⟦m 查看: 3472 | 回复: 26⟧</div>
<table class="plhin"><tr><td class="pls">⟦m 电工老蒯　UID 301877　积分 642⟧</td>
<td class="plc"><div class="authi">⟦m 发表于 3 天前 | 只看该作者 | 倒序浏览⟧</div>
<div class="t_fsz"><table><tr><td class="t_f">
{BODY}
</td></tr></table></div>
<div class="sign">⟦m 签名：玩机十年，拆机无数，手有余香⟧</div>
<div class="po">⟦a 回复 引用 举报 评分⟧</div></td></tr></table>
<div class="rate">⟦l 参与人数 3　威望 +3　收起 理由⟧</div>
<div class="pl">⟦l 沙发　阿澈 发表于 3 天前：鼓包就别用了，别省这点钱⟧</div>
<div class="pl">⟦l 板凳　雨后青山 发表于 2 天前：拿去营业厅回收箱，别扔垃圾桶⟧</div>
<div id="f_pst">⟦a 登录后才能发表回复，没有账号？立即注册⟧</div>
<div id="ft">⟦m Archiver | 手机版 | 机友圈论坛 ( 浙ICP备18055219号 )⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=3),
        body="""
前年买的一个两万毫安的充电宝，这两天发现外壳中间鼓起来了，平放在桌上会晃，充电的时候还有点烫手。
我查了一下，有人说鼓包是电芯胀气，随时可能起火；也有人说轻微鼓包不影响使用。家里有小孩，我不敢冒险，现在先把它放在阳台的铁盒里了。
想问问懂行的朋友：鼓包的充电宝能不能放电后再扔？应该送到哪里回收？另外买新的时候要注意看哪些参数？谢谢各位！
""",
    ),
    dict(
        slug="forum-shenghuo-mosquito-net-thread-junk",
        site="居家生活论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="http://bbs.jujiash.com/viewthread.php?tid=37710",
        title="蚊帐买方顶还是圆顶？用了三年的一点体会",
        record_title="[经验] 蚊帐买方顶还是圆顶？用了三年的一点体会",
        date=None,
        notes="forum text with junk lines and junk glued after 。; relative post time (no date); replies and edit stamp",
        page="""
!m 居家生活论坛 » 家居百货 » 床品交流
!t [经验] 蚊帐买方顶还是圆顶？用了三年的一点体会
!m 楼主：竹影摇窗　发表于 昨天 22:47　|　只看楼主　|　阅读 1835　回复 19
!m 本帖最后由 竹影摇窗 于 昨天 23:05 编辑
{BODY}
!a 顶　　踩　　收藏　　回复
!l 2# 小满：圆顶的拆洗确实方便，学到了
!l 3# 青梅煮酒：方顶的四个角容易漏蚊子吗？
!l 4# 竹影摇窗：回复 3# 角上用夹子夹紧就不会
!a 游客朋友，本帖部分内容需回帖后可见
!m 居家生活论坛 Archiver　　手机版　　联系我们
""",
        junk=dict(lines=2, glued=3),
        body="""
家里三张床，这几年方顶、圆顶、蒙古包式的蚊帐都用过，说说个人感受，供大家选购参考。
方顶蚊帐空间大，坐在床上看书不压头，适合大床和老人用，缺点是要配支架，安装麻烦，收起来也占地方。
圆顶蚊帐吊在天花板一个钩子上就行，拆洗最方便，价格也便宜，适合学生宿舍和小床。缺点是四周往下收，人坐起来会碰到帐子。
蒙古包式的蚊帐免安装、直接撑开，适合带娃的家庭，不过网眼一般偏密，夏天闷热。
最后提醒一句，买的时候看看网眼密度和边缝，网眼太大挡不住小咬，边缝开线的要及时补。
""",
    ),
]
