"""holdout186, part A: ironing boards (熨衣板). Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="fanwen-xiezhai-speech-ironing-workshop",
        site="写斋范文库 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.xiezhai365.com/jianghua/qiye/2024/0611/88203.html",
        title="在熨衣板车间安全生产百日攻坚动员会上的讲话",
        record_title="【精选】在熨衣板车间安全生产百日攻坚动员会上的讲话（通用2篇）",
        date="2024-06-11",
        notes="old gb2312 table layout; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>【精选】在熨衣板车间安全生产百日攻坚动员会上的讲话（通用2篇）_写斋范文库</title>
<script language="javascript">function fontZoom(s){document.getElementById('txt').style.fontSize=s+'px';}</script>
</head><body>
<table width="960" align="center"><tr><td>⟦m 写斋范文库 —— 一篇好稿 省你半宿⟧</td><td align="right"><a href="/user/login.asp">⟦a 会员登陆⟧</a> | <a href="/user/reg.asp">⟦a 新用户注册⟧</a></td></tr></table>
<table width="960" align="center"><tr><td><marquee scrollamount="3">⟦m 本库今日更新范文 126 篇，欢迎各位笔友常来逛逛⟧</marquee></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<div>⟦m 您的位置：写斋范文库 &gt;&gt; 讲话致辞 &gt;&gt; 企业讲话⟧</div>
<h2>{T}</h2>
<div>⟦a 【阅读字号：特大 大 标准】⟧ ⟦m 录入：阿岚 人气：1947⟧</div>
<p>——在全厂安全生产百日攻坚动员会上</p>
<p>厂长 卢振川</p>
<p>（2024年6月11日）</p>
<div id="txt">
{BODY}
</div>
<div>⟦w 材料写不出来？找写斋老师一对一代笔，QQ：2736100418⟧</div>
<div>⟦l 上一篇：在纺织厂夏季防暑降温工作会议上的讲话⟧<br>⟦l 下一篇：车间主任在质量月启动仪式上的表态发言⟧</div>
</td><td width="240" valign="top">
<div>⟦l 本栏排行⟧</div>
<div>⟦l 1. 企业安全生产月启动讲话⟧<br>⟦l 2. 班组长安全承诺表态发言⟧<br>⟦l 3. 百日安全攻坚誓师大会主持词⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td align="center">⟦d 文章由网友投稿，观点不代表本库立场，若有侵权请发信删除。⟧<br>⟦m 写斋范文库 版权所有 ©2009-2024 浙ICP备09031577号⟧<br>⟦m 您是第 00583021 位访客⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
今天我们召开安全生产百日攻坚动员会，目的就是把车间里的每一处隐患找出来、改过来。熨衣板车间有冲压、折弯、喷塑三道工序，冲床多、电器多、粉尘多，稍有松懈就可能出事。
第一，盯住冲床这个“老虎口”。所有冲床的双手按钮和光电保护必须完好，谁也不准为了赶产量把保护装置短接。班组长每班开工前要亲自试一遍，并在点检表上签字。
第二，管住喷塑房的粉尘和明火。喷塑房每天下班前清扫一次，回收粉末当天入库，房内严禁吸烟、严禁动火，确需焊接的必须办理动火审批。
第三，压实责任到人。从今天起到9月20日，厂部每周组织一次夜查，查出问题的班组当月安全奖扣发一半，连续两次的，班组长写出书面检查。
同志们，一块熨衣板十几斤重，可一起事故的分量谁也扛不起。希望大家从我做起、从今天做起，确保百日攻坚不出一起事故！
""",
    ),
    dict(
        slug="wenku-yueduku-summary-ironing-sales-markers",
        site="阅读库文档 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://wenku.yueduku.cn/view/5f2a81c0e3d4b7a9.html",
        title="2023年熨衣板外贸部工作总结",
        record_title="2023年熨衣板外贸部工作总结.docx",
        date="2024-01-05",
        notes="file name as the record title; preview page markers ▸第n屏◂ on lines of their own cutting sentences; date under the signature",
        page="""
!m 阅读库文档 > 工作总结 > 部门总结
{T}
!m 上传者：sunny_xie　　页数：4页　　大小：31.6KB　　浏览：2203　　下载：57
!a 文档格式：DOCX　　★★★★☆（4.2分）　　立即下载　收藏　举报
{BODY}
!a 预览已到末尾，剩余内容请下载后阅读（售价：3 阅读币）
!d 本文档由用户上传分享，平台仅提供存储空间，如发现侵权内容请点击“举报”，我们将在24小时内处理。
!l 相似文档：外贸业务员年终总结范文　|　家居用品出口部2023年度工作总结　|　外贸跟单员述职报告
""",
        pages=dict(fmt="▸第{n}屏◂", every=130, start=2),
        body="""
2023年，外贸部在公司领导下，克服海运价格波动和欧洲市场需求下滑的影响，全年出口熨衣板41.7万件，出口额2385万美元，同比增长6.4%。
一、市场开拓方面。全年参加广交会两届、德国科隆家居展一届，接待来厂验货客户63批次，新开发南美和中东客户11家，其中智利客户首单即下单两个货柜。
二、产品结构方面。配合技术部推出带蒸汽熨斗托架的加宽款和可壁挂的折叠款，两款新品全年出口9.2万件，占总量的22%，平均单价比老款高出1.8美元。
三、存在问题。一是部分订单交期偏紧，出现3次空运补货，增加费用约4.6万元；二是单证员只有一人，旺季时报关资料经常加班赶制。
2024年，外贸部将重点稳住欧洲老客户，争取新增东南亚市场，全年出口额力争突破2600万美元。
筲川县顺平家居用品有限公司外贸部
2024年1月5日
""",
    ),
    dict(
        slug="gov-shaoyang-notice-ironing-board-spotcheck",
        site="筲阳县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="https://www.shaoyang.gov.cn/zwgk/tzgg/202405/t20240522_1182734.html",
        title="筲阳县市场监督管理局关于2024年熨衣板产品质量监督抽查情况的通报",
        record_title="筲阳县市场监督管理局关于2024年熨衣板产品质量监督抽查情况的通报_通知公告_筲阳县人民政府",
        date="2024-05-20",
        date_also=["2024-05-22"],
        notes="modern county portal with 长者模式 links, 索引号 table, 纠错 line; the document's contact kept beside the site hotline; table rows; 成文日期 differs from 发布日期",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>筲阳县市场监督管理局关于2024年熨衣板产品质量监督抽查情况的通报_通知公告_筲阳县人民政府</title>
<script src="/static/js/jquery.min.js"></script><script>var siteId='syx001';</script></head>
<body>
<div class="topbar"><span>⟦m 欢迎访问筲阳县人民政府门户网站⟧</span> <a href="#">⟦a 长者模式⟧</a> <a href="#">⟦a 无障碍浏览⟧</a> <a href="#">⟦a 繁體⟧</a></div>
<div class="banner"><img src="/images/logo.png" alt="筲阳县人民政府"></div>
<nav><ul><li>⟦m 首页⟧</li><li>⟦m 走进筲阳⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul></nav>
<div class="crumb">⟦m 当前位置：首页 &gt; 政务公开 &gt; 通知公告⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11331024MB1739520X/2024-00418⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发布机构：县市场监管局⟧</td><td>⟦m 发布日期：2024-05-22⟧</td></tr>
</table>
<h1>{T}</h1>
<div class="tools">⟦a 【字体：大 中 小】⟧ ⟦a 【打印本页】⟧ ⟦a 【关闭】⟧ ⟦m 浏览次数：684⟧</div>
<div class="TRS_Editor">
{BODY}
</div>
<div class="share">⟦l 分享到：微信 微博 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局关于电动自行车充电器抽查结果的通报⟧</li><li>⟦l 关于开展家用电器质量安全“进万家”活动的通知⟧</li></ul></div>
<footer><p>⟦m 主办：筲阳县人民政府办公室　承办：筲阳县大数据发展中心⟧</p><p>⟦m 网站标识码：3310240017　浙ICP备05008812号　浙公网安备 33102402000163号⟧</p><p>⟦m 网站纠错电话：0576-83301200（工作日）⟧</p></footer>
<script>(function(){var s=document.createElement('script');s.src='//stat.example.gov/s.js';})();</script>
</body></html>
""",
        body="""
各乡镇（街道）市场监管所，各有关企业：
为保障家居用品质量安全，我局于2024年4月对全县熨衣板生产企业和销售门店开展了产品质量监督抽查。现将有关情况通报如下。
一、抽查基本情况
本次共抽查熨衣板产品32批次，涉及生产企业14家、销售门店9家，检验项目包括支架稳定性、台面耐热性、锁止装置可靠性和标识标志等。经检验，合格29批次，不合格3批次，批次合格率90.6%。
二、不合格产品情况
序号　标称生产企业　产品型号　不合格项目
1　筲阳县恒帆家居厂　HF-1238　锁止装置可靠性
2　筲阳县联胜五金制品厂　LS-905　支架稳定性
3　箦溪县佳韵日用品有限公司　JY-21　标识标志
三、处理要求
对抽查不合格的企业，由所在地市场监管所依法责令其停止生产、销售不合格产品，并于30日内完成整改复查。
联系人：县市场监管局质量监督股　蒋晓帆，电话：0576-83317725。
筲阳县市场监督管理局
2024年5月20日
""",
    ),
    dict(
        slug="news-jiangyu-ironing-board-factory-orders",
        site="江屿新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.jiangyu.com.cn/jingji/2024-03/14/content_772190.htm",
        title="筲川一家熨衣板工厂订单排到了七月",
        record_title="筲川一家熨衣板工厂订单排到了七月 - 江屿新闻网",
        record_date="2024-03-14",
        date="2024-03-14",
        notes="news portal text; ad line between paragraphs; editor line glued after the last sentence; dotted byline date",
        page="""
!m 江屿新闻网　|　经济　|　县域
{T}
!m 2024.03.14 09:27　　来源：江屿日报　　记者：邵言溪　通讯员：汪青
!a 听新闻　　A-　A+　　分享
{BODY}
!l 【相关新闻】筲川家居用品出口一季度开门红
!l 【相关新闻】跨境电商培训走进筲川小微企业
!m 江屿新闻网版权所有，未经授权不得转载
!m 新闻热线：0576-88100110　违法和不良信息举报：0576-88100987
""",
        body="""
3月13日，记者走进筲川县顺平家居用品有限公司的装配车间，二十多名工人正忙着给熨衣板安装支架，一旁的叉车来回穿梭，把打好包的成品运往仓库。
“今年的订单已经排到了七月，工人们一直是两班倒。”公司负责人卢振川说，春节后企业接到了澳大利亚和智利的新订单，其中一款可调节高度的熨衣板特别受欢迎。
⟦a 【广告】春季家居团购节，满299减50⟧
据了解，筲川县现有熨衣板及配套企业37家，年产熨衣板超过600万件，产品销往40多个国家和地区。今年以来，县里组织企业参加境外展会，帮助企业对接海外采购商，并为小微企业提供出口信用保险补贴。
卢振川告诉记者，接下来企业准备再上一条自动喷塑线，把产能再提高三成。⟦m （责任编辑：曹一苇）⟧
""",
    ),
    dict(
        slug="forum-jiajuquan-ironing-board-wobble-junk",
        site="家居圈论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="post",
        form="text",
        source="http://bbs.jiajuquan.net/thread-2203817-1-1.html",
        title="熨衣板用了两年开始晃，有没有办法修？",
        record_title="熨衣板用了两年开始晃，有没有办法修？ - 收纳整理 - 家居圈论坛",
        date=None,
        notes="forum thread with anti-scraping junk; relative times are no date",
        page="""
!m 家居圈论坛 » 收纳整理 » 查看内容
!a 返回列表　发新帖　回复
{T}
!m 楼主：芒果不吃芒　　发表于 3 天前　　只看该作者　　倒序浏览
!m 查看: 1892 | 回复: 23
{BODY}
!l 收藏(4)　　分享　　评分
!l 沙发　青柠檬 | 2 天前：把铆钉换成螺栓加垫片，我家那块修完又用了一年
!l 板凳　大个子老魏 | 昨天 21:40：直接买个新的吧，现在一百来块就有带锁扣的
!a 登录后才可以回复 登录 | 立即注册
!m Powered by Discuz! X3.4　© 2001-2024 Comsenz Inc.
""",
        junk=dict(lines=2, glued=2),
        body="""
家里那块熨衣板是前年搬家时买的，当时觉得挺结实。最近熨衣服的时候一压就左右晃，两条腿交叉的地方还咯吱咯吱响。
我把板子翻过来看了一下，中间那颗铆钉有点松了，下面的橡胶脚套也掉了一个。
想问问大家，这种铆钉能自己换吗？需要买什么工具？还是说晃成这样就该换新的了？
先谢谢各位了，我不太想扔，毕竟板面还是好的。
""",
    ),
    dict(
        slug="blog-lianyi-ironing-board-memoir",
        site="涟漪小筑 (invented)",
        style="博客",
        genre="随笔",
        kind="essay",
        form="html",
        source="https://lianyixiaozhu.blog.example.net/2024/02/mother-ironing-board.html",
        title="母亲的那块木熨衣板",
        record_title="【随记】母亲的那块木熨衣板 | 涟漪小筑",
        date="2024-02-18",
        notes="blog with tag cloud, archive and comment form; bracketed blog time",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【随记】母亲的那块木熨衣板 | 涟漪小筑</title>
<link rel="stylesheet" href="/theme/lianyi/style.css"></head>
<body>
<header><h2>⟦m 涟漪小筑⟧</h2><p>⟦m 一个人的小院子，写点旧事和闲话⟧</p></header>
<nav>⟦m 首页 · 旧事 · 读书 · 关于我⟧</nav>
<article>
<h1>{T}</h1>
<div class="meta">⟦m [2024-02-18 22:05] 分类：旧事 | 阅读(316) | 评论(7)⟧</div>
{BODY}
<div class="tags">⟦l 标签：母亲 旧物 熨衣服⟧</div>
<div class="postnav">⟦l « 外婆家的竹椅⟧ ⟦l 冬天的煤球炉 »⟧</div>
</article>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 旧事(42) 读书(18) 旅行(9) 猫(6)⟧</p>
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年2月 (4)⟧</li><li>⟦l 2024年1月 (6)⟧</li></ul></aside>
<section class="comments"><h3>⟦l 发表评论⟧</h3><form><textarea></textarea><button>⟦a 提交评论⟧</button></form></section>
<footer>⟦d 本站文字均为原创，转载请注明出处。⟧ ⟦m Theme by Lianyi · 2012-2024⟧</footer>
</body></html>
""",
        body="""
小时候家里没有熨衣板，母亲熨衣服就在饭桌上铺一条旧军毯。后来父亲从木器厂拿回几块边角料，钉了一块窄窄的木板，一头宽一头尖，两端垫上砖头，就成了我们家的熨衣板。
那时候用的是烧炭的熨斗，母亲总是先在一块湿布上试试温度，听见“嗤”的一声才往衬衣上压。每到过年前，她要把全家人的衣服熨一遍，木板上渐渐留下了一圈圈焦黄的印子。
前些年我给她买了一块带支架的铁熨衣板，她用了几次，说太高，腰弯不下去，又把那块木板从阁楼上搬了下来。
今年春节回家，木板还靠在衣柜边上，边角已经磨圆了。我没有劝她换，只是给它重新包了一层棉布。
""",
    ),
    dict(
        slug="wechat-jiazheng-ironing-tips-mirror",
        site="家政小课堂 公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://mp.wxmirror.example.com/s/Jz7Kq2xYh8RzT0",
        title="熨衣板这样调高度，熨半小时也不腰疼",
        record_title="熨衣板这样调高度，熨半小时也不腰疼",
        date="2024-04-09",
        notes="WeChat mirror text: account line date; follow prompt glued after a 。; reward and 在看 rows",
        page="""
{T}
!m 原创　家政小课堂　家政小课堂　2024-04-09 07:30　发表于浙江
!a 点击上方蓝字关注我们
{BODY}
!a 喜欢此内容的人还喜欢
!l 衬衫领口发黄？一把牙刷就能搞定
!l 羽绒服千万别这样洗
!a 赞赏作者　　　分享　　收藏　　点赞　　在看
!d 本页面为公众号文章镜像，版权归原作者所有
""",
        body="""
很多人熨衣服时腰酸背痛，其实问题往往出在熨衣板的高度上。⟦a 关注“家政小课堂”，每天学一招收纳窍门。⟧
一般来说，站着熨衣服时，熨衣板台面应该比自己的腰部低5到10厘米，手臂自然下垂、手肘微弯就能压到台面，这样最省力。
如果是坐着熨，可以把熨衣板调到和餐桌差不多的高度，再配一把有靠背的椅子。
另外，熨衣板的布罩用久了会变薄，熨斗的热量容易透下去，既熨不平又费电，建议一年左右换一次布罩。
最后提醒大家，熨完衣服先拔掉熨斗插头，等熨斗凉透再收起熨衣板，家里有小孩的更要注意。
""",
    ),
    dict(
        slug="docshare-wenjuan-ironing-board-standard-draft",
        site="文卷网 (invented)",
        style="文档分享",
        genre="编制说明",
        kind="report",
        form="html",
        source="https://www.wenjuan8.com/p-90017342.html",
        title="《折叠式熨衣板》团体标准编制说明",
        record_title=None,
        date=None,
        notes="document-sharing page; title missing from the record, found in <h1>; upload stamp is no date; decimal headings",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>文卷网 - 海量文档免费分享</title></head>
<body>
<div class="header">⟦m 文卷网 · 你要的文档这里都有⟧ <input placeholder="搜索文档"> ⟦a 登录 / 注册⟧ ⟦a 上传文档⟧</div>
<div class="crumb">⟦m 文卷网 › 标准规范 › 团体标准⟧</div>
<h1>{T}</h1>
<div class="docinfo">⟦m 贡献者：xq_biaozhun　上传于 2024-07-03　共 9 页　浏览 402 次⟧</div>
<div class="reader">
{BODY}
</div>
<div class="lock">⟦a 还剩 7 页未读，继续阅读⟧</div>
<div class="btns">⟦a 下载文档 (5 积分)⟧ ⟦a 加入书架⟧ ⟦a 分享⟧</div>
<div class="side">⟦l 猜你喜欢⟧<ul><li>⟦l 家用晾衣架团体标准编制说明⟧</li><li>⟦l 折叠桌椅通用技术条件⟧</li></ul></div>
<div class="foot">⟦d 文卷网所有文档均由用户上传，仅供学习交流，若侵犯您的权益请联系我们删除。⟧ ⟦m 文卷网 wenjuan8.com 京ICP证110297号⟧</div>
</body></html>
""",
        body="""
1 工作简况
1.1 任务来源
本标准由筲川县家居用品行业协会提出并归口，列入协会2024年团体标准制定计划。
1.2 起草单位
主要起草单位为筲川县顺平家居用品有限公司、筲川县产品质量检验所等6家单位。
2 编制原则和主要内容
2.1 编制原则
本标准以现行家具力学性能试验方法为基础，结合折叠式熨衣板的结构特点，增加了反复折叠耐久性和台面耐热性两项要求。
2.2 主要技术指标
台面在承受15千克均布载荷时，整体不得倾倒；锁止装置经5000次折叠试验后应仍能可靠锁定。
""",
    ),
    dict(
        slug="edu-shaochuan-notice-labour-course-ironing",
        site="筲川县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://jyj.shaochuan.gov.cn/tzgg/2024/0902/4417.html",
        title="关于在初中劳动课中开设衣物整理与熨烫项目的通知",
        record_title="关于在初中劳动课中开设衣物整理与熨烫项目的通知-筲川县教育局",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="education bureau text; 文号 line neutral; 附件 list kept; technical line vs the document's contact",
        page="""
!m 筲川县教育局　关怀版　|　无障碍
!m 首页 > 通知公告
{T}
筲教基〔2024〕37号
!m 发布日期：2024-09-02　　信息来源：基础教育科　　阅读：1033
{BODY}
!a 【打印】　【关闭窗口】
!m 技术支持：筲川县教育信息中心　电话：0576-85120099
!m 筲川县教育局主办　浙ICP备12044390号
""",
        body="""
各初级中学：
根据劳动教育课程安排，本学期起各初中在七年级劳动课中开设“衣物整理与熨烫”项目，每学期不少于4课时。现将有关事项通知如下。
一、各校应配备熨衣板和挂烫机，原则上每6名学生一套，熨烫区域须远离水池，并设置安全警示标识。
二、任课教师应先讲解电熨斗使用安全，学生须在教师看护下操作，严禁学生独自通电。
三、各校于9月20日前将课程安排表和器材配备情况报送基础教育科。
联系人：孙美伶，电话：0576-85123316。
附件：1.衣物整理与熨烫项目教学建议
2.器材配备情况统计表
筲川县教育局
2024年8月30日
""",
    ),
    dict(
        slug="intranet-shunping-minutes-ironing-quality",
        site="顺平家居协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.shunping.local/doc/view.aspx?id=20240315-0082",
        title="熨衣板台面起泡问题质量分析会纪要",
        record_title="内网公告-熨衣板台面起泡问题质量分析会纪要",
        date="2024-03-15",
        notes="intranet document view with 流转记录 and read count; minutes' 时间/地点/主持 lines kept",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-熨衣板台面起泡问题质量分析会纪要</title></head>
<body>
<div id="oa-top">⟦m 顺平家居协同办公平台⟧ ⟦m 当前用户：品管部 韩露⟧ <a>⟦a 退出⟧</a></div>
<div id="oa-menu">⟦m 待办事项 | 公文管理 | 通知公告 | 个人设置⟧</div>
<div class="docbox">
<h2>{T}</h2>
<div class="docmeta">⟦m 发文部门：品质管理部　密级：内部　已阅：86人⟧</div>
{BODY}
<div class="flow"><h4>⟦l 流转记录⟧</h4><p>⟦l 韩露 起草 → 陈东临 审核 → 卢振川 签发⟧</p></div>
<div class="ops">⟦a 标记为已读⟧ ⟦a 导出PDF⟧ ⟦a 转发⟧</div>
</div>
<div id="oa-foot">⟦m 信息中心运维 分机 8012⟧</div>
</body></html>
""",
        body="""
时间：2024年3月15日下午2:00
地点：二楼质量会议室
主持：陈东临（品质管理部经理）
参会：喷塑车间、装配车间、采购部、技术部负责人
记录：韩露
会议就近期客户反映熨衣板台面喷塑层起泡问题进行了分析，形成如下意见：
一、经技术部排查，起泡主要集中在2月下旬生产的三个批次，原因是前处理磷化槽温度偏低，工件除油不彻底。
二、喷塑车间即日起每两小时记录一次磷化槽温度，低于规定温度不得上线。
三、采购部对本批塑粉送第三方检测，3月22日前反馈结果。
四、已出货的问题批次由外贸部联系客户，按合同约定办理退换。
""",
    ),
    dict(
        slug="qa-wenwen-ironing-board-cover-material",
        site="问问看 (invented)",
        style="问答社区",
        genre="问答",
        kind="qa",
        form="text",
        source="https://www.wenwenkan.com/question/81273046.html",
        title="熨衣板的布罩选哪种材料比较耐用？",
        record_title=None,
        date=None,
        notes="Q&A: title missing, the question on the page; best-answer badge; relative times no date",
        page="""
!m 问问看 > 生活 > 家居
{T}
!m 提问者：小米粥不加糖　　5 天前
!m 2个回答　　被浏览 764 次
!l ★ 最佳答案
!m 答主：熨烫师傅老付　　采纳率 91%
{BODY}
!a 有用(38)　　没用(2)　　评论　　举报
!l 其他回答（1）
!l 用涂层的那种，熨斗不粘，就是贵一点。——路过的兔子
!l 相关问题：熨衣板上的铁网生锈了怎么办？
""",
        body="""
布罩主要看三样：面层、衬垫和松紧边。
面层建议选有银色反光涂层的，能把熨斗的热量反射回衣服，熨得快，而且不容易粘上化纤面料的胶。纯棉面层透气好，适合熨真丝和羊毛，但容易烫出黄印。
衬垫选毛毡或者加厚海绵都行，太薄的话熨斗压下去能感觉到下面的铁网纹路。
松紧边最好是抽绳加卡扣的，比单纯的松紧带服帖，用久了也不容易跑位。
按我的经验，一个好一点的布罩家用能撑两年左右。
""",
    ),
]
