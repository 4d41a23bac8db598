"""holdout183, part A: spatulas and wok turners (锅铲) — a 范文 page, a 文库 preview, a
county portal, a news item, a forum thread, a blog, a WeChat mirror, a document share, an
education bureau, an intranet's minutes and a Q&A. Everything invented (counties, people,
firms, sites, URLs, chrome wording)."""

CASES = [
    dict(
        slug="fanwen-chaoguo-speech-old-table-marquee",
        site="拾穗范文苑 (invented)",
        style="范文站",
        genre="讲话稿",
        kind="speech",
        form="html",
        source="http://www.shisuifw.example.com/jianghua/2025/1187.html",
        title="在炆川县厨具产业质量提升大会上的讲话",
        record_title="【精品推荐】在炆川县厨具产业质量提升大会上的讲话（通用2篇）_拾穗范文苑",
        date="2025-03-18",
        notes="old gb2312 table layout with a marquee, a font-size row, a ghost-writer box and a visitor counter; date under the speech title; speaker line neutral",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>【精品推荐】在炆川县厨具产业质量提升大会上的讲话（通用2篇）_拾穗范文苑</title>
<script>var hits=0;</script></head><body>
<table width="960" align="center"><tr><td>⟦m 拾穗范文苑 — 写材料，不求人⟧</td><td>⟦a 设为首页⟧ ⟦a 加入收藏⟧</td></tr></table>
<marquee>⟦m 本站已收录各类范文四十余万篇，每日更新，欢迎常来看看！⟧</marquee>
<table width="960" align="center"><tr><td width="700">
<div>⟦m 您所在的位置：首页 &gt;&gt; 讲话稿 &gt;&gt; 会议讲话⟧</div>
<h2>⟦t 在炆川县厨具产业质量提升大会上的讲话⟧</h2>
<div>⟦a 【字号：特大 大 中 小】⟧ ⟦m 浏览：2217 次⟧</div>
<p>——2025年3月18日</p>
<p>县人民政府副县长　罗启明</p>
{BODY}
<div>⟦w 材料赶时间？资深笔杆一对一代笔，扣扣 3310472865⟧</div>
<div>⟦l 上一篇：在全县消费品以旧换新推进会上的发言⟧<br>⟦l 下一篇：乡镇企业安全生产约谈会讲话提纲⟧</div>
</td><td width="260">
<div>⟦l ★本周最热范文★⟧</div>
<div>⟦l 1. 工业园区企业座谈会讲话⟧<br>⟦l 2. 质量月活动动员讲话⟧</div>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦d 本站范文均来自网友投稿，仅供参考，如有侵权请告知删除⟧<br>⟦m 您是本站第 0583921 位访客⟧<br>⟦m 粤ICP备17093382号⟧</td></tr></table>
</body></html>
""",
        body="""
同志们：
炆川做锅铲、做炒勺已经有四十多年历史，全县现有厨具生产企业一百三十七家，去年产值突破二十一亿元。
但我们也要清醒看到，去年省市场监管局抽检我县锅铲产品二十四批次，有五批次手柄耐热性能不合格，这给炆川厨具的牌子抹了黑。
今天开这个会，就是要下决心把质量这块短板补上。
一是抓标准。县里将牵头制定不锈钢锅铲团体标准，年底前覆盖规模以上企业。
二是抓检测。县质检中心新添的耐热试验箱五月投用，企业送检一律免费。
三是抓品牌。对获得省级名牌的企业，县财政一次性奖励二十万元。
同志们，质量是企业的饭碗，也是炆川的饭碗，希望大家齐心协力，把这件事办好。
""",
    ),
    dict(
        slug="wenku-chuju-report-cut-markers",
        site="知源文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="text",
        source="https://wenku.zhiyuandoc.example.com/view/8c41a2f0e7.html",
        title="关于炆川县锅铲产业集群发展情况的调研报告",
        record_title="关于炆川县锅铲产业集群发展情况的调研报告.docx",
        date="2024-11-05",
        notes="file-name record title; preview with ⧏n⧐ markers cutting paragraphs on lines of their own; pay prompt at the end; upload notice at the top",
        pages=dict(fmt="⧏{n}⧐", every=110, start=2),
        page="""
!m 知源文库 > 行业资料 > 调研报告
!d 本文档由用户自行上传，平台不对内容真实性负责，如有异议请联系平台处理。
!m 页数：6　大小：41KB　上传于：2024-11-12
{T}
{BODY}
!a 预览已到末尾，剩余4页内容请购买后阅读
!a ¥4.90 立即购买　加入文件夹
!l 相关文档：厨具行业发展趋势分析｜不锈钢制品企业调研报告
""",
        body="""
今年九月至十月，县政协经济委组成调研组，先后走访了城关、东埠、沙坪三个镇的二十六家锅铲生产企业，召开座谈会四次。
一、基本情况
全县锅铲及炒勺生产企业一百三十七家，其中规模以上企业十九家，从业人员约八千人，产品销往国内二十多个省份及东南亚地区。
二、存在的问题
一是产品同质化严重，多数企业仍以代工贴牌为主，自有品牌不足一成。
二是手柄注塑、抛光等环节环保设施落后，部分作坊仍在居民区内生产。
三是人才短缺，模具设计和电商运营人员普遍招不到、留不住。
三、几点建议
建议县里设立厨具产业发展基金，推动抛光工序集中入园，支持龙头企业建设设计中心。
炆川县政协经济委员会调研组
2024年11月5日
""",
    ),
    dict(
        slug="gov-wenchuan-spot-check-table-portal",
        site="炆川县人民政府 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://www.wenchuan.example.gov.cn/xxgk/tzgg/202506/t20250612_88213.html",
        title="炆川县市场监督管理局关于2025年第一季度锅铲产品质量监督抽查结果的通报",
        record_title="炆川县市场监督管理局关于2025年第一季度锅铲产品质量监督抽查结果的通报",
        date="2025-06-10",
        date_also=["2025-06-12"],
        notes="modern county portal with 长辈模式/无障碍 links and an 索引号 table; data table one row a paragraph; document's own 联系人/电话 next to the portal's 纠错 line",
        page="""
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>炆川县市场监督管理局关于2025年第一季度锅铲产品质量监督抽查结果的通报-炆川县人民政府</title>
<script src="/js/jquery.min.js"></script></head><body>
<header><div class="topbar">⟦a 长辈模式⟧ ⟦a 无障碍浏览⟧ ⟦a 登录⟧</div>
<div class="logo">⟦m 炆川县人民政府　炆川县政府信息公开平台⟧</div>
<nav>⟦m 首页 政务公开 政务服务 互动交流 走进炆川⟧</nav></header>
<div class="crumb">⟦m 当前位置：首页 » 信息公开 » 通知公告⟧</div>
<table class="xxgk-meta"><tr><td>⟦m 索引号：11360723MB1520374K/2025-00417⟧</td><td>⟦m 发布机构：县市场监管局⟧</td></tr>
<tr><td>⟦m 生成日期：2025-06-12⟧</td><td>⟦m 分类：质量监管⟧</td></tr></table>
<h1>⟦t 炆川县市场监督管理局关于2025年第一季度锅铲产品质量监督抽查结果的通报⟧</h1>
<div class="art">
{BODY}
</div>
<div class="tools">⟦a 【打印本页】⟧ ⟦a 【关闭窗口】⟧ ⟦l 分享到：微信 微博⟧</div>
<footer><p>⟦m 主办：炆川县人民政府办公室　网站标识码：3607230012⟧</p><p>⟦m 网站纠错电话：0797-6621180⟧</p><p>⟦m 赣公网安备 36072302000119号⟧</p></footer>
</body></html>
""",
        body="""
各有关企业：
2025年第一季度，我局组织对本县生产、销售的锅铲产品开展了质量监督抽查，共抽查35家企业的40批次产品，合格37批次，不合格3批次。
现将不合格产品情况通报如下：
企业名称　产品名称　不合格项目
炆川县旺灶厨具厂　硅胶锅铲　耐热性能
炆川县东埠明亮五金加工部　不锈钢炒铲　手柄连接牢固度
炆川县顺发塑胶制品厂　尼龙锅铲　标志标识
对抽查不合格的企业，我局已依法责令其停止生产销售并限期整改，整改后将组织复查。
联系人：钟晓芸　电话：0797-6620347
炆川县市场监督管理局
2025年6月10日
""",
    ),
    dict(
        slug="news-shaping-forge-title-glued-lead",
        site="炆川新闻网 (invented)",
        style="新闻门户",
        genre="新闻",
        kind="news",
        form="text",
        source="https://news.wenchuanxw.example.cn/jj/2025-04/21/c_51207.html",
        title="沙坪镇锅铲作坊搬进标准厂房",
        record_title=None,
        date="2025-04-21",
        notes="no record title; the title repeated and glued to the lead; byline time line is the date; photo caption between paragraphs; editor line glued after the last paragraph",
        page="""
!m 炆川新闻网｜经济
{T}
!m 2025-04-21 09:12　来源：炆川融媒　作者：廖思远
{BODY}
!l 相关新闻
!l 县厨具产业园二期厂房封顶
!l 东埠镇举办首届厨具直播节
!d 版权所有 未经授权禁止转载
""",
        body="""
⟦t 沙坪镇锅铲作坊搬进标准厂房⟧本网讯　4月18日，沙坪镇最后一批十二家锅铲抛光作坊搬进镇工业小区的标准厂房，告别了在自家院子里“叮叮当当”的日子。
⟦m 图为工人在新厂房内抛光锅铲。通讯员 苏敏 摄⟧
过去，这些作坊大多设在民房里，抛光粉尘和噪声让周边居民意见很大。
新厂房统一配备了湿式除尘设备，租金前三年由镇里补贴一半。
“地方宽敞了，订单也敢多接了。”作坊主彭国栋说，他准备再添两台自动抛光机。⟦m （责任编辑：杨岚）⟧
""",
    ),
    dict(
        slug="forum-chuyi-spatula-thread-junk",
        site="灶台边论坛 (invented)",
        style="论坛",
        genre="帖子",
        kind="other",
        form="text",
        source="https://bbs.zaotaibian.example.com/thread-30412-1-1.html",
        title="用了三年的木锅铲发黑了还能用吗",
        record_title="用了三年的木锅铲发黑了还能用吗 - 厨具交流 - 灶台边论坛",
        date=None,
        notes="forum thread with anti-scraping junk; relative time is no date; floor meta, reply box and signature chrome",
        junk=dict(lines=1, glued=2),
        page="""
!m 灶台边论坛 › 厨具交流 › 查看帖子
!m 查看: 1462 | 回复: 18
{T}
!m 楼主　小葱拌豆腐　发表于 3 天前
{BODY}
!l 回复 | 引用 | 举报
!m 签名：一日三餐，认真生活
!l 快速回复：说点什么吧……
!a 登录后才能回帖，立即登录 | 注册新账号
""",
        body="""
家里那把榉木锅铲用了三年，最近铲头一圈发黑，洗也洗不掉，闻着还有点霉味。
上网查了一下，有人说木头里面长霉了，要赶紧扔，也有人说用柠檬和盐擦一擦就行。
我平时洗完都是直接插在筷子筒里，可能一直没干透。
想问问大家，这种情况是不是该换了？换的话木的、竹的、硅胶的哪种好？
先谢过各位了。
""",
    ),
    dict(
        slug="blog-grandpa-forge-html-tagcloud",
        site="铁匠铺旁的日子 (invented blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://tiejiangpu.blog.example.net/post/2024/09/wok-turner.html",
        title="爷爷打的那把铁锅铲",
        record_title="【随记】爷爷打的那把铁锅铲 | 铁匠铺旁的日子",
        date="2024-09-14",
        notes="modern blog with tag cloud, archive and comment box; bracketed post time is the date",
        page="""
<!doctype html><html><head><meta charset="utf-8"><title>【随记】爷爷打的那把铁锅铲 | 铁匠铺旁的日子</title></head><body>
<header><h2>⟦m 铁匠铺旁的日子⟧</h2><p>⟦m 记些旧事，也记些新事⟧</p><nav>⟦m 首页 · 随记 · 读书 · 关于我⟧</nav></header>
<main><article>
<h1>⟦t 爷爷打的那把铁锅铲⟧</h1>
<p class="meta">⟦m [2024-09-14 21:37]　分类：随记　阅读(386)　评论(5)⟧</p>
{BODY}
<p class="tags">⟦l 标签：老物件 / 童年 / 炆川⟧</p>
<p>⟦l « 上一篇：外婆的酱菜坛子⟧　⟦l 下一篇：秋天去东埠赶集 »⟧</p>
</article>
<section class="comments"><h3>⟦l 发表评论⟧</h3><p>⟦l 昵称（必填）　邮箱（不公开）⟧</p></section></main>
<aside><h3>⟦l 标签云⟧</h3><p>⟦l 老物件 乡愁 读书 厨房 旅行⟧</p><h3>⟦l 文章归档⟧</h3><p>⟦l 2024年9月 (4)　2024年8月 (6)⟧</p></aside>
<footer>⟦d © 铁匠铺旁的日子 · 本站文字除注明外均为原创⟧</footer>
<script>/* stats */</script>
</body></html>
""",
        body="""
家里厨房的挂钩上，一直挂着一把黑乎乎的铁锅铲，是爷爷七十年代在东埠打铁铺里亲手打的。
铲面不算平，边上还有几道锤印，木柄换过两次，铁的部分却一点没变。
小时候我嫌它重，偷偷拿去换了一把铝的，结果被奶奶追着骂了半条街。
后来我才懂，那时候一把锅铲要打上一整个下午，烧红、锤打、淬火，一样都不能少。
如今镇上的铁匠铺早就关了，可每次回家炒菜，我还是习惯用这把锅铲。
""",
    ),
    dict(
        slug="wechat-canteen-spatula-hygiene-mirror",
        site="微阅镜像站 (invented)",
        style="公众号镜像",
        genre="通知",
        kind="notice",
        form="text",
        source="https://wx.weiyuejx.example.com/s/kq81ZfWq2cA",
        title="关于规范学校食堂炊具分色管理的通知",
        record_title="关于规范学校食堂炊具分色管理的通知",
        record_date="2025-02-24",
        date="2025-02-24",
        notes="WeChat mirror: account line, follow prompt at top, reward and 在看 rows at bottom; document's own 扫码 sentence kept; 附件 list kept",
        page="""
!m 炆川教育发布
!m 原创　炆川县教育体育局　2025年02月24日 17:05　江西
!a 点击上方蓝字，关注我们
{BODY}
!l 往期推荐
!l 全县中小学春季开学安全工作部署会召开
!a 喜欢作者　赞赏
!a 分享　收藏　在看
!m 阅读 3208
""",
        body="""
各中小学、幼儿园：
为防止生熟交叉污染，现就规范学校食堂锅铲、炒勺、菜刀等炊具分色管理有关事项通知如下。
一、红色手柄炊具专用于生肉类，绿色专用于蔬菜类，白色专用于熟食，不得混用。
二、各校食堂应于3月15日前完成炊具更换，费用从食堂运营经费中列支。
三、食堂从业人员须扫描附件中的二维码完成线上培训，培训合格后方可上岗。
附件：1.学校食堂炊具分色管理示意图
2.食堂从业人员线上培训二维码
炆川县教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="docshare-handle-mould-plan-glued-markers",
        site="共享文档网 (invented)",
        style="文档分享",
        genre="工作方案",
        kind="plan",
        form="text",
        source="https://www.gxwendang.example.com/doc/2024/58130227.html",
        title="锅铲手柄注塑车间安全生产专项整治方案",
        record_title="锅铲手柄注塑车间安全生产专项整治方案_共享文档网",
        date=None,
        notes="document share page; ⧔n⧕ markers glued to continuation lines; decimal headings; no date (year only in upload stamp)",
        pages=dict(fmt="⧔{n}⧕", every=95, start=2, glue=True),
        page="""
!m 共享文档网 - 海量文档 免费分享
{T}
!m 上传者：gh_laoliu　上传时间：2024-12-02　浏览 811 次
!a 下载本文档（需3积分）
{BODY}
!a 全文已加载完毕，感谢阅读
!d 声明：本站文档均来自网络，版权归原作者所有，若有侵权请联系删除。
!l 猜你喜欢：车间6S管理制度 / 注塑机安全操作规程
""",
        body="""
1 总则
1.1 为消除锅铲手柄注塑车间的各类安全隐患，防止机械伤害和烫伤事故发生，制定本方案。
1.2 本方案适用于公司注塑车间全体员工及外来维修人员。
2 整治内容
2.1 注塑机安全门联锁装置逐台检查，失效的一律停机维修，不得带病运行。
2.2 料斗干燥机周边禁止堆放纸箱等可燃物，消防通道保持畅通。
2.3 员工上岗必须佩戴隔热手套，模具更换时必须两人作业。
3 工作要求
3.1 各班组长为本班组第一责任人，每日班前检查并填写记录表。
""",
    ),
    dict(
        slug="edu-cooking-class-notice-care-mode",
        site="烨阳市教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="https://jyj.yeyang.example.gov.cn/tzgg/2025/0307/4418.html",
        title="关于开展“小锅铲 大成长”中小学劳动教育烹饪实践活动的通知",
        record_title="关于开展“小锅铲 大成长”中小学劳动教育烹饪实践活动的通知_通知公告_烨阳市教育局",
        date="2025-03-06",
        date_also=["2025-03-07"],
        notes="education bureau page with a 关怀版 link, a 发布日期 line differing from the 成文日期; numbered list; document's own 联系人/邮箱 beside the site's technical line",
        page="""
<html><head><meta charset="utf-8"><title>关于开展“小锅铲 大成长”中小学劳动教育烹饪实践活动的通知_通知公告_烨阳市教育局</title></head><body>
<div class="top">⟦a 关怀版⟧ ⟦a 简体|繁體⟧ ⟦m 烨阳市教育局门户网站⟧</div>
<div class="nav">⟦m 首页　机构概况　教育动态　通知公告　办事指南　招生考试⟧</div>
<div class="path">⟦m 首页 / 通知公告 / 正文⟧</div>
<h2>⟦t 关于开展“小锅铲 大成长”中小学劳动教育烹饪实践活动的通知⟧</h2>
<div class="info">⟦m 发布日期：2025-03-07　点击量：1905⟧ ⟦a 字体：大 中 小⟧</div>
<div class="con">
{BODY}
</div>
<div class="bottom-links">⟦l 相关链接：烨阳市中小学劳动教育课程指南⟧</div>
<div class="foot">⟦m 烨阳市教育局 版权所有　技术支持电话：0797-8230016⟧<br>⟦m 赣ICP备12007321号-2⟧</div>
</body></html>
""",
        body="""
各县（区）教育局，市直各学校：
为落实劳动教育课程要求，市教育局决定在全市中小学开展“小锅铲 大成长”烹饪实践活动，现将有关事项通知如下。
1.活动对象：全市小学四年级至初中二年级学生。
2.活动内容：每名学生在家长指导下学会三道家常菜，并记录操作过程。
3.成果提交：各校于5月30日前推荐优秀作品，视频时长不超过三分钟。
4.安全要求：学生使用刀具、燃气灶和锅铲时必须有成人在场看护。
联系人：欧阳静　邮箱：ldjy_yeyang@example.cn
烨阳市教育局
2025年3月6日
""",
    ),
    dict(
        slug="oa-hengfeng-minutes-flow-record",
        site="恒丰厨具集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hengfengcj.example.local/doc/view?id=20250415003",
        title="锅铲事业部二季度生产调度会会议纪要",
        record_title="内网公文-锅铲事业部二季度生产调度会会议纪要",
        date="2025-04-15",
        notes="intranet document view with its 流转记录 and read count; minutes' 时间/地点/主持/参会/记录 lines kept in the body",
        page="""
<html><head><meta charset="utf-8"><title>内网公文-锅铲事业部二季度生产调度会会议纪要</title></head><body>
<div id="hd">⟦m 恒丰厨具集团 · 协同办公平台⟧　⟦a 待办(12)⟧ ⟦a 退出⟧</div>
<div id="menu">⟦m 公文管理 | 会议管理 | 流程中心 | 通讯录⟧</div>
<h3>⟦t 锅铲事业部二季度生产调度会会议纪要⟧</h3>
<div class="docinfo">⟦m 密级：内部　拟稿：生产管理部　已阅 96 人⟧</div>
<div class="doc">
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-04-15 16:20 生产管理部 周航 发起⟧</p><p>⟦m 2025-04-16 08:41 事业部总经理 批阅：同意，按纪要执行⟧</p></div>
<div class="ops">⟦a 导出PDF⟧ ⟦a 转发⟧ ⟦a 归档⟧</div>
</body></html>
""",
        body="""
时间：2025年4月15日14:30
地点：事业部三楼会议室
主持：谭卫平
参会：生产、采购、质检、仓储各部门负责人
记录：周航
会议听取了一季度生产情况汇报，一季度共生产各类锅铲一百一十二万把，交货及时率百分之九十六。
会议议定：一、五月起硅胶锅铲生产线实行两班倒，确保外贸订单按期交付。
二、质检部对手柄铆接工序增加抽检频次，由每千把抽五把调整为抽十把。
三、仓储部在月底前清理积压的旧款木柄锅铲，能折价处理的尽快处理。
""",
    ),
    dict(
        slug="qa-nonstick-pan-spatula-answer",
        site="知问网 (invented Q&A)",
        style="问答社区",
        genre="问答",
        kind="other",
        form="text",
        source="https://www.zhiwenw.example.com/q/2207413.html",
        title="不粘锅为什么不能用铁锅铲？",
        record_title=None,
        date=None,
        notes="Q&A: question as the title (missing in the record); best-answer badge, 回答于 relative time (no date), vote bar",
        page="""
!m 知问网 - 有问题，就有答案
{T}
!m 提问者：慢火炖汤　2人关注此问题
!m 最佳答案
!m 厨房那点事儿　回答于 2天前
{BODY}
!l 有用(58)　没用(2)　评论(4)
!a 我来回答
!l 其他回答（3）
!l 为你推荐：不粘锅涂层掉了还能用吗？
""",
        body="""
不粘锅表面是一层很薄的涂层，铁锅铲边缘硬又锋利，炒菜时一刮就容易把涂层划伤。
涂层一旦划破，不但不粘的效果会变差，碎屑还可能混进菜里。
建议配木铲或者耐热硅胶铲，用完别用钢丝球刷，用软布洗就行。
如果锅面已经大面积划花，最好还是换一口新锅。
""",
    ),
]
