"""holdout184, part A: playing cards (扑克牌) — a card printing works, its regulators,
workers, collectors and buyers. Invented text (sites, places, people, numbers, URLs)."""

CASES = [
    dict(
        slug="fanwen-zhuoyu-summary-card-works-safety-month",
        site="卓语范文网 (invented)",
        style="范文站",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.zhuoyufw.example.com/zongjie/anquan/88214.html",
        title="岑渡扑克牌印制厂2025年安全生产月活动总结",
        record_title="【精选】岑渡扑克牌印制厂2025年安全生产月活动总结（通用2篇）_卓语范文网",
        date="2025-06-30",
        notes="范文 site: decorated record title, breadcrumb and stats line, a writing-service line glued after a sentence, a copy-lock line between paragraphs, hot list at the bottom",
        indent="\u3000\u3000",
        page="""
!m 卓语范文网 — 写材料，先来卓语
!m 首页 » 总结大全 » 安全生产总结
!t 岑渡扑克牌印制厂2025年安全生产月活动总结（通用2篇）
!m 栏目编辑：小禾　更新：2025-07-03　热度 1972
{BODY}
!a ☞ 觉得有用？点此一键拷贝全文（需登录）
!l 本栏热门：
!l ◇ 印刷企业消防安全自查报告
!l ◇ 车间班组长安全月表态发言
!d 本站范文均由会员投稿整理，版权归原作者所有，如有侵权请来函删除。
""",
        body="""
今年6月是全国第二十四个安全生产月，我厂围绕“人人讲安全、个个会应急”主题，结合扑克牌印制生产特点，扎实开展了系列活动。
一是开展隐患排查。厂安委会组织对胶印、覆膜、分切、装盒四个车间逐一检查，共查出隐患二十三处，已全部整改完毕。⟦w 各类材料代笔润色，加微信 zy-wenmi88 备注“总结”⟧
二是组织应急演练。6月18日在覆膜车间开展溶剂泄漏处置演练，参演职工六十一人，从报警到疏散完毕用时四分二十秒。
⟦a 本文已开启防复制，会员可免费下载Word版⟧
三是强化培训教育。分批组织一线职工观看警示教育片，开展分切机安全操作考试，合格率达到百分之九十八。
下一步，我们将把安全月中形成的好做法固化为制度，确保全年安全生产形势持续稳定。
岑渡扑克牌印制厂安全生产委员会
2025年6月30日
""",
    ),
    dict(
        slug="wenku-duanqiao-survey-card-printing-markers",
        site="端桥文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.duanqiao.example.net/view/5e1c0a77d2.html",
        title="关于全市扑克牌印制企业转型发展情况的调研报告",
        record_title="关于全市扑克牌印制企业转型发展情况的调研报告.pdf",
        date="2025-04-22",
        notes="文库 preview: a file-name record title, page markers of my own (`⸢2⸣`) on lines of their own cutting sentences, a preview-end prompt and an upload notice",
        wrap=62,
        indent="\u3000\u3000",
        pages=dict(fmt="⸢{n}⸣", every=160, start=2),
        page="""
!m 端桥文库 · 专业文档共享
!m 关于全市扑克牌印制企业转型发展情况的调研报告.pdf　　共4页　　浏览 306
!a 立即下载　　加入书架　　分享给好友
{BODY}
!a —— 免费预览已结束，余下内容开通文库会员后查看 ——
!d 本资料由用户“纸牌老韩”上传，端桥文库仅提供信息存储空间服务，不对内容的真实性负责。
""",
        body="""
为掌握我市扑克牌印制行业发展现状，市工信局调研组于3月至4月走访了蔺河、柘口两地的九家印制企业，召开座谈会三场，现将有关情况报告如下。
一、基本情况。全市现有扑克牌印制企业十一家，从业人员约一千四百人，去年共生产扑克牌三点二亿副，其中出口占比约三成。
二、存在的问题。一是产品同质化严重，中低端产品占比超过八成；二是纸张、油墨等原材料价格上涨，企业利润空间收窄；三是部分企业设备老旧，自动化水平不高。
三、对策建议。引导企业向定制牌、文创牌、教具牌方向延伸，支持企业开展智能化改造，并组织企业抱团参加国内外展会。
市工业和信息化局调研组
2025年4月22日
""",
    ),
    dict(
        slug="gov-zhekou-notice-card-quality-spotcheck-html",
        site="柘口县人民政府 (invented)",
        style="政府门户",
        genre="通告",
        kind="notice",
        form="html",
        source="http://www.zhekou.example.gov.cn/zwgk/scjg/202505/t20250516_41207.html",
        title="柘口县市场监督管理局关于扑克牌产品质量监督抽查结果的通告",
        record_title=None,
        date="2025-05-16",
        notes="county portal: elders'/accessibility links, an 索引号 table, a spot-check table one row a paragraph, the bureau's own contact line beside the portal's 纠错 line",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>柘口县市场监督管理局关于扑克牌产品质量监督抽查结果的通告-柘口县人民政府</title>
<script src="/static/js/jquery.min.js"></script><script>var _siteId="zk001";</script>
<link rel="stylesheet" href="/static/css/main.css"></head>
<body>
<div class="topbar"><a href="#">⟦a 银发模式⟧</a> <a href="#">⟦a 读屏辅助⟧</a> <a href="#">⟦a 登录｜注册⟧</a></div>
<div class="banner">⟦m 柘口县人民政府 · 门户网站⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 政务公开⟧</li><li>⟦m 政务服务⟧</li><li>⟦m 互动交流⟧</li></ul>
<div class="crumb">⟦m 您所在的位置：首页 ＞ 政务公开 ＞ 部门信息 ＞ 县市场监管局⟧</div>
<table class="xxgk">
<tr><td>⟦m 索引号：11432611MB1C20765X/2025-00318⟧</td><td>⟦m 主题分类：市场监管、安全生产监管⟧</td></tr>
<tr><td>⟦m 发文机构：柘口县市场监督管理局⟧</td><td>⟦m 公开日期：2025-05-16⟧</td></tr>
</table>
<h1>⟦t 柘口县市场监督管理局关于扑克牌产品质量监督抽查结果的通告⟧</h1>
<div class="tool">⟦a 【字体：特大 大 中】⟧ ⟦a 打印本页⟧ ⟦a 关闭窗口⟧</div>
<div class="content">
{BODY}
</div>
<div class="share">⟦l 分享至：微博 微信 QQ空间⟧</div>
<div class="related"><h4>⟦l 相关信息⟧</h4><ul><li>⟦l 县市场监管局关于儿童文具产品抽查结果的通告⟧</li><li>⟦l 2025年县级产品质量监督抽查计划⟧</li></ul></div>
<div class="footer">
<p>⟦m 主办：柘口县人民政府办公室　承办：县政务服务和大数据中心⟧</p>
<p>⟦m 网站标识码：4326110027　湘ICP备05011976号-2⟧</p>
<p>⟦m 网站纠错热线：0739-6210088（工作日）⟧</p>
</div>
<script>document.write('<span id="cnzz">')</script>
</body></html>
""",
        body="""
为加强我县扑克牌产品质量监管，县市场监督管理局于2025年4月组织对辖区生产、销售的扑克牌产品开展了监督抽查，现将抽查结果通告如下。
本次共抽查扑克牌产品十二批次，合格十批次，不合格二批次，不合格项目为甲醛含量和耐折度。
序号　标称生产企业　产品名称　不合格项目
1　柘口县顺达纸品有限公司　桥牌专用扑克　耐折度
2　蔺河市飞花印务有限公司　旅游纪念扑克　甲醛含量
对抽查不合格的产品，我局已责令相关企业停止销售、查明原因、限期整改，并依法立案调查。
联系人：向晓梅　联系电话：0739-6231507
柘口县市场监督管理局
2025年5月16日
""",
    ),
    dict(
        slug="news-qiaowan-card-museum-html-h1",
        site="桥湾新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="html",
        source="https://news.qiaowan.example.cn/shehui/2025-08/09/c_20863.htm",
        title="桥湾首家扑克牌文化陈列馆开馆 两千余副藏品讲述纸牌百年变迁",
        record_title=None,
        date="2025-08-09",
        notes="news portal: no record title, the headline in <h1>; byline with 发布时间 and 来源; a photo caption between paragraphs; editor line glued after the last paragraph; ad slot and hot ranking",
        page="""
<html><head><meta charset="utf-8"><title>桥湾首家扑克牌文化陈列馆开馆 两千余副藏品讲述纸牌百年变迁_桥湾新闻网</title>
<script>window.adSlots=["top","side"];</script></head>
<body>
<div id="hd">⟦m 桥湾新闻网　桥湾人自己的新闻门户⟧ ⟦a 客户端下载⟧</div>
<div id="nav">⟦m 要闻 | 社会 | 文旅 | 财经 | 视频 | 专题⟧</div>
<div class="ad">⟦a 广告位招租 0716-2885100⟧</div>
<h1>⟦t 桥湾首家扑克牌文化陈列馆开馆 两千余副藏品讲述纸牌百年变迁⟧</h1>
<div class="byline">⟦m 发布时间：2025-08-09 16:22　来源：桥湾晚报　记者 邝一鸣⟧</div>
<div class="article">
{BODY}
</div>
<div class="rank"><h3>⟦l 24小时点击排行⟧</h3><ol><li>⟦l 桥湾至岑渡城际公交下月开通⟧</li><li>⟦l 老城区六条背街小巷完成改造⟧</li></ol></div>
<div class="copyright">⟦d 本网原创稿件，转载请注明出处；违者必究。⟧ ⟦m 鄂ICP备19003387号⟧</div>
</body></html>
""",
        body="""
8月9日上午，由退休印刷工人柯长海发起创办的扑克牌文化陈列馆在桥湾老街开馆，这是我市首家以扑克牌为主题的民间陈列馆。
陈列馆面积约一百二十平方米，展出藏品两千一百余副，既有上世纪五十年代本地纸品厂印制的老牌，也有近年来各地推出的城市文创牌。
⟦m 图为市民在陈列馆内参观老式扑克牌。记者 邝一鸣 摄⟧
“每一副牌都有一段故事。”柯长海说，他在印刷厂干了三十五年，退休后开始系统收集，希望让更多人了解这门小小的印刷手艺。
据介绍，陈列馆免费向市民开放，每周二闭馆，暑期还将为中小学生开设扑克牌印刷体验课。⟦m （编辑：何芊　审核：罗致远）⟧
""",
    ),
    dict(
        slug="forum-paiyou-old-cards-collecting-junk",
        site="牌友之家论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.paiyou.example.com/thread-40718-1-1.html",
        title="晒晒我收的几副老厂牌，顺便说说怎么辨真假",
        record_title="晒晒我收的几副老厂牌，顺便说说怎么辨真假 - 藏品交流 - 牌友之家论坛",
        date=None,
        notes="Discuz-like forum: board suffix in the record title, floor meta with relative time (no date), forum junk glued and on a line, a signature and reply box",
        junk=dict(lines=1, glued=2),
        page="""
!m 牌友之家论坛 › 藏品交流 › 正文
!l 查看: 2417 | 回复: 38　　[复制链接] [只看楼主]
!t 晒晒我收的几副老厂牌，顺便说说怎么辨真假
!m 楼主　旧纸堆里的阿杜　发表于 3 天前
{BODY}
!m 签名：收牌不为钱，只为那点纸香。
!l 回复　　支持(12)　　反对(0)
!l 高级模式　　您需要登录后才可以回帖 登录 | 立即注册
""",
        body="""
这两年陆陆续续收了三十多副老厂牌，今天挑几副拿出来给大家看看，顺便说说我自己的一点辨别经验。
第一副是七十年代末的“双燕”牌，纸芯发黄但边角很挺，背面的网格花纹是手工制版的，线条粗细不太均匀，这一点仿品很难做出来。
第二副是八十年代的出口牌，盒子上印的是英文，牌面用的是蓝芯纸，对着光看能看到一层淡蓝色的夹层。
辨真假最简单的办法是闻味道和看切边，老牌子的油墨味早散了，切边也不像现在机器切的那么齐。
大家手里有好牌也欢迎跟帖晒一晒，互相学习。
""",
    ),
    dict(
        slug="blog-kechangsheng-card-factory-memoir-html",
        site="柯老师的纸上岁月 (invented)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://kechangsheng.blog.example.com/archives/2025/03/112.html",
        title="在扑克牌厂分切车间的那些年",
        record_title="在扑克牌厂分切车间的那些年 | 纸上岁月",
        date="2025-03-14",
        notes="blog: a bracketed post time as the page's date, tag cloud, archive list, comments with relative times, a reward button",
        page="""
<html><head><meta charset="utf-8"><title>在扑克牌厂分切车间的那些年 | 纸上岁月</title>
<style>.side{float:right}</style></head>
<body>
<header><div class="logo">⟦m 纸上岁月 —— 一个老印刷工的自留地⟧</div><nav>⟦m 首页 · 随笔 · 老照片 · 关于我⟧</nav></header>
<article>
<h2>⟦t 在扑克牌厂分切车间的那些年⟧</h2>
<p class="meta">⟦m [2025-03-14 21:06]　分类：随笔　阅读(388)　评论(6)⟧</p>
{BODY}
<p class="reward">⟦a 打赏一杯茶⟧</p>
<p class="tags">⟦l 标签：老厂 扑克牌 分切 回忆⟧</p>
<p class="pn">⟦l 上一篇：我的第一台海德堡⟧ ⟦l 下一篇：厂里的灯光球场⟧</p>
</article>
<aside class="side">
<h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2025年3月 (4)⟧</li><li>⟦l 2025年2月 (7)⟧</li></ul>
<h3>⟦l 标签云⟧</h3><p>⟦l 老厂 印刷 油墨 师傅 扑克牌⟧</p>
</aside>
<section class="comments"><h3>⟦l 6 条评论⟧</h3>
<p>⟦l 老周说：看得我眼眶一热，我也是分切车间出来的。 2天前 回复⟧</p>
<p>⟦l 发表评论 （昵称必填，邮箱不公开）⟧</p></section>
<footer>⟦d © 纸上岁月 版权所有，转载请留言告知⟧</footer>
</body></html>
""",
        body="""
一九八三年秋天，我从技校毕业，被分到县纸品厂的扑克牌分切车间，一干就是十二年。
那时候的分切机是上海产的老机器，一张大纸上印着五十四张牌，要先裁成条，再裁成张，刀口稍微偏一点，整批牌就得报废。
带我的师傅姓田，他有个习惯，每天开机前都要用手指在刀口上轻轻抹一下，他说机器也有脾气，你得先跟它打个招呼。
后来厂里上了自动线，分切车间也撤了，可我至今还记得那台机器的声音，咔嚓一声，一副牌就成了形。
""",
    ),
    dict(
        slug="wechat-yinwu-party-branch-speech-cards",
        site="印务人公众号镜像 (invented)",
        style="公众号镜像",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://mp-mirror.example.com/s/yinwuren/8Fq2LkZ0aP",
        title="在扑克牌印制厂党支部“七一”主题党日活动上的讲话",
        record_title="在扑克牌印制厂党支部“七一”主题党日活动上的讲话",
        date="2025-07-01",
        notes="WeChat mirror: account line, speaker and date lines under the title (neutral / date), read-original and 在看 rows, a follow prompt",
        indent="\u3000\u3000",
        page="""
!m 印务人　2025-07-03 08:15　湖南
!a 点击上方蓝字「印务人」，设为星标不迷路
{T}
厂党支部书记　汤立新
（2025年7月1日）
{BODY}
!a 阅读原文　　赞赏作者
!l 分享　　收藏　　点赞 46　　在看 9
!m 文章已于2025-07-03修改
""",
        body="""
同志们：
今天是党的生日，我们在这里开展主题党日活动，重温入党誓词，就是要大家不忘初心，立足岗位作贡献。
过去一年，我厂党员带头攻关，牵头完成了覆膜工序节能改造，每副扑克牌的能耗下降了百分之十一。
当前，企业面临订单结构调整和成本上升的双重压力，越是困难的时候，越需要党员站出来、顶上去。
希望每一名党员都亮出身份、做出样子，在质量攻关、安全生产和新品开发中发挥先锋模范作用。
""",
    ),
    dict(
        slug="qa-zhidaole-damp-cards-question-title",
        site="知道了问答 (invented)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhidaole.example.com/q/3390812.html",
        title="扑克牌受潮发软了还能恢复吗？",
        record_title=None,
        date=None,
        notes="Q&A: no record title, the question is the title; answerer card, 回答于 relative time (no date), vote bar, related questions",
        page="""
!m 知道了问答 > 生活 > 家居
扑克牌受潮发软了还能恢复吗？
!m 提问者：匿名　浏览 1.2万
!m 最佳答案　　答主：老纸匠　　回答于 5 天前
{BODY}
!l 有用 233　　没用 4　　评论
!l 相关问题：
!l 新买的扑克牌有股味道正常吗？
!l 塑料扑克和纸扑克哪个耐用？
!d 答案仅供参考，不代表本站观点。
""",
        body="""
轻微受潮的纸质扑克牌是可以恢复的，关键是要慢慢干燥，不能暴晒。
1. 把牌一张张摊开，放在通风阴凉处晾半天，让纸芯里的水汽散出来。
2. 晾到表面不潮后，把整副牌码齐，上面压几本厚书，压一到两天，牌面就能重新变平。
3. 千万不要用吹风机热风直吹，覆膜层受热会起泡，反而更容易变形。
如果牌已经发霉或者覆膜脱层，那就没有恢复的必要了，建议直接更换。
""",
    ),
    dict(
        slug="oa-cendu-card-works-production-minutes-html",
        site="岑渡印制厂协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.cendu-card.example.com.cn/doc/view?id=20250411007",
        title="关于出口扑克牌订单排产问题的专题会议纪要",
        record_title="内部文件-关于出口扑克牌订单排产问题的专题会议纪要",
        date="2025-04-11",
        notes="intranet document view: unread counter, 流转记录 and read count, minutes' 时间/地点/主持/参会/记录 lines kept, 印发 line kept",
        page="""
<html><head><meta charset="gbk"><title>内部文件-关于出口扑克牌订单排产问题的专题会议纪要</title></head>
<body>
<div class="oa-top">⟦m 岑渡印制厂协同办公平台⟧ ⟦m 当前用户：黎小满（生产部）⟧ ⟦a 待办(3) 消息(12) 退出⟧</div>
<div class="oa-menu">⟦m 公文管理 > 收文 > 纪要⟧</div>
<h2>⟦t 关于出口扑克牌订单排产问题的专题会议纪要⟧</h2>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-04-11 17:20 厂办 拟稿 → 厂长 审核 → 各部门 传阅⟧</p>
<p>⟦m 已阅 27 人　未阅 5 人⟧</p></div>
<div class="ops">⟦a 签收 | 转办 | 导出PDF⟧</div>
<div class="oa-foot">⟦d 内部资料 严禁外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月11日下午3时
地点：厂部二楼会议室
主持：厂长 韦立群
参会：生产部、销售部、采购部、质检部负责人
记录：黎小满
会议研究了二季度出口扑克牌订单集中交货带来的排产压力问题，形成以下意见：
一、生产部对胶印、分切两道瓶颈工序实行两班倒，确保5月20日前完成首批四十万副交货。
二、采购部提前锁定蓝芯纸和专用油墨，库存不低于四十五天用量。
三、质检部对出口批次实行首件确认和逐箱抽检，抽检记录随货归档。
印发：厂领导，各部门（2025年4月11日印发）
""",
    ),
    dict(
        slug="tender-linhe-elderly-centre-cards-bid-result",
        site="蔺河市政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="text",
        source="http://www.linhe-ccgp.example.gov.cn/cggg/zbgg/202509/t20250905_3318.html",
        title="蔺河市老年活动中心文体用品采购项目中标结果公告",
        record_title="【采购公告】蔺河市老年活动中心文体用品采购项目中标结果公告",
        date="2025-09-05",
        notes="procurement portal: decorated record title, a bid result table with cells apart by ideographic spaces, purchaser and agency contacts beside the platform's CA hotline",
        page="""
!m 蔺河市政府采购网
!m 首页 > 采购公告 > 中标（成交）结果公告
!t 蔺河市老年活动中心文体用品采购项目中标结果公告
!m 公告时间：2025年09月05日　浏览次数：173
{BODY}
!m 数字证书（CA）办理及平台使用咨询：400-600-7722
!a 【打印】【关闭】
!l 上一条：蔺河市图书馆密集书架采购更正公告
!l 下一条：蔺河市第二中学校服采购项目废标公告
""",
        body="""
一、项目编号：LHCG-2025-0617
二、项目名称：蔺河市老年活动中心文体用品采购项目
三、中标信息
包号　采购内容　中标供应商　中标金额（元）
1　大字扑克牌、象棋、跳棋　蔺河市长乐文体用品商行　38600
2　乒乓球台及配件　柘口县飞翔体育器材有限公司　52400
四、公告期限：自本公告发布之日起1个工作日。
五、联系方式
采购人：蔺河市老年活动中心　联系人：龙女士　电话：0745-8812306
代理机构：蔺河恒正招标咨询有限公司　联系人：夏工　电话：0745-8860417
""",
    ),
    dict(
        slug="print-cendu-waste-sheet-destruction-rule",
        site="岑渡扑克牌印制厂 (invented)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.cendu-card.example.com.cn/zd/2025/print_0217.html",
        title="扑克牌印制废张销毁管理规定",
        record_title="打印预览 - 扑克牌印制废张销毁管理规定",
        date=None,
        notes="print view: print time and URL at the top (no date: an effective clause only), articles that speak of 打印, a print footer of my own",
        page="""
!m 岑渡扑克牌印制厂　打印时间：2025/09/21 10:02
!m https://www.cendu-card.example.com.cn/zd/2025/0217.html
扑克牌印制废张销毁管理规定
{BODY}
!a [ 打印本页 ]　[ 关闭 ]
!p ◈ 1 ／ 1 ◈
""",
        body="""
第一条　为防止扑克牌印制过程中产生的废张、样张流出厂外，保护客户定制图案和商标权益，制定本规定。
第二条　本规定所称废张，是指印制、覆膜、分切、装盒各工序中产生的残次牌张、试印张和客户退回张。
第三条　各车间设废张专用回收箱，回收箱加锁管理，钥匙由车间主任保管。
第四条　废张每周五集中销毁一次，由质检部、保卫科各派一人监督，销毁清单须打印一式两份，双方签字后存档。
第五条　任何人不得私自带出废张或将废张赠送他人，违者按厂规处理。
第六条　本规定自发布之日起施行。
""",
    ),
    dict(
        slug="mail-fwd-card-samples-trade-fair",
        site="岑渡扑克牌印制厂邮箱 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mail.cendu-card.example.com.cn/read?mid=2025081500231",
        title="关于寄送秋季文具礼品展扑克牌样品的通知",
        record_title="Fwd: 关于寄送秋季文具礼品展扑克牌样品的通知",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="forwarded mail: mail headers (From/To/Date) as meta, the mail's own attachment bar, a 附件 list inside the document kept, a contact line kept, a mail client footer",
        page="""
!m 发件人：销售部 黄婷 <huangting@cendu-card.example.com.cn>
!m 收件人：生产部; 仓储部; 质检部
!m 时间：2025年8月15日（星期五）上午9:12
!m 主题：Fwd: 关于寄送秋季文具礼品展扑克牌样品的通知
!a 附件（2 个）：样品清单.xlsx (18K)　展位图.pdf (402K)　[全部下载]
!m ---------- 转发的邮件 ----------
{BODY}
!d 此邮件由企业邮箱发送，如非指定收件人请立即删除。
!a 回复　回复全部　转发　标为未读
""",
        body="""
生产部、仓储部、质检部：
我厂已报名参加9月在柘口举办的秋季文具礼品展，现将样品寄送事项通知如下：
一、样品范围：桥牌专用扑克、城市文创扑克、教学用大字扑克各二十副，定制礼盒装五套。
二、质检部于8月25日前完成样品全检，每副附检验合格证。
三、仓储部于8月28日前打包发运，外箱标注“展品轻放”。
联系人：黄婷　电话：0739-6278021
附件：1.样品清单
2.展位平面图
销售部
2025年8月14日
""",
    ),
]
