"""holdout271, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.
Invented text; see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="blog-qingyan-memoir-grandma-steamer",
        site="青檐小记 (invented personal blog, WordPress-like)",
        style="博客",
        genre="回忆散文",
        kind="other",
        form="html",
        source="https://qingyan.blog/2024/jiuwu-fanzeng.html",
        title="外婆的饭甑",
        record_title="〔旧物杂忆之三〕外婆的饭甑 – 青檐小记",
        date=None,
        notes="blog memoir: photo placeholder between paragraphs, share bar glued after the last sentence, tags, comments, archive and tag cloud; an update stamp is no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>〔旧物杂忆之三〕外婆的饭甑 – 青檐小记</title>
<link rel="stylesheet" href="/wp-content/themes/lumen/style.css">
<script src="/wp-includes/js/wp-emoji-release.min.js"></script>
</head><body class="single">
<header class="site-header"><p class="site-title">⟦m 青檐小记⟧</p><p class="site-desc">⟦m 记下那些快要被忘掉的东西⟧</p>
<nav><a>⟦m 首页⟧</a> <a>⟦m 旧物杂忆⟧</a> <a>⟦m 读书⟧</a> <a>⟦m 关于我⟧</a></nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m 分类：旧物杂忆　更新于 2 天前　阅读 537⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：饭甑 外婆 老灶屋⟧</div>
<nav class="post-nav"><a>⟦l « 上一篇 灶屋里的火钳⟧</a> <a>⟦l 下一篇 » 母亲的顶针⟧</a></nav>
</article>
<section id="comments"><h3>⟦l 3 条评论⟧</h3>
<p>⟦l 山月：看哭了，我家也有一只，还在用⟧</p>
<form>⟦a 留下你的评论（邮箱不会公开）⟧ <button>⟦a 提交⟧</button></form></section></main>
<aside class="widget-area">
<div class="widget">⟦l 文章归档：十一月 (3)　十月 (5)　九月 (2)⟧</div>
<div class="widget">⟦l 标签云：旧物 乡愁 读书笔记 灶屋 手艺⟧</div>
</aside>
<footer>⟦d 本博文字均为原创，转载请保留署名与原文链接⟧ ⟦m Theme by Lumen · 由 WordPress 驱动⟧</footer>
</body></html>
""",
        body="""
小时候最盼的，是外婆揭开饭甑那一刻。
外婆家的饭甑是杉木箍的，上大下小，像一只没有底的木桶，甑底架着竹篾编的甑箅。米先在锅里煮到七成熟，用竹笊篱捞起沥干，再倒进甑里，盖上木盖，大火蒸上小半个时辰。
灶膛里的火噼啪作响，甑盖边缘冒出白汽，整个灶屋都是杉木和米饭混在一起的香味。外婆总说，甑子饭要“汽圆了”才能揭盖，心急的人吃不上好饭。
⟦m [图：阁楼上的旧饭甑]⟧
后来我到城里读书、工作，电饭锅一按就好，再也没见过那样的白汽。前年外婆走了，舅舅把饭甑收在阁楼上，甑箍已经锈了。
今年回去，我把它搬下来擦干净，放在了自己家的书架上。有人问这是什么，我就说：这是我小时候的饭碗。⟦l 分享到：微信 · 豆瓣 · 微博⟧
""",
    ),
    dict(
        slug="blog-chao-teacher-handbell-wrapped-58",
        site="晁老师的教学随笔 (invented blog)",
        style="博客",
        genre="心得体会",
        kind="other",
        form="text",
        source="http://blog.qingbo.net/chaolaoshi/2024/03/11/1702.html",
        title="课堂上的那只手摇铃",
        record_title="课堂上的那只手摇铃 - 讲台边 - 晁老师的教学随笔",
        date="2024-03-11",
        notes="blog post hard-wrapped at 58 columns; the 发表于 byline is the page's date; comments and prev/next below",
        page="""
!m 晁老师的教学随笔
!m 一个乡村小学语文老师的日常
!m 首页 | 讲台边 | 读书 | 相册 | 留言
{T}
!m 发表于 2024-03-11 22:07　|　分类：讲台边　|　阅读(318)　评论(6)
{BODY}
!l 上一篇：给一年级新生家长的一封信
!l 下一篇：我们班的读书角
!l 评论
!l 晓雯妈妈：我家孩子回来天天说要当摇铃员，哈哈
!a 发表评论需先登录博客账号
!m 本博客由 轻博 提供技术支持
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
开学第一周，我在讲台上放了一只小铜铃。
以前班里一吵，我就拍桌子、提高嗓门，嗓子哑了，效果却越来越差。后来听一位老教师说，她上课从不喊，只摇一下铃。我半信半疑地买了一只手摇铃，和孩子们约定：铃声一响，手放好、眼看我。
头两天还有人装作没听见，到了第二周，铃声一响，教室里十秒钟内就能安静下来。更让我意外的是，孩子们开始抢着当“摇铃员”，谁表现好，谁就能在下课前摇一次。
这只铃让我明白，管住课堂靠的不是音量，而是规矩和信任。我把这个办法写下来，给和我一样嗓子常哑的同行参考。
""",
    ),
    dict(
        slug="wechat-ruiyuan-satchel-medicine-h1",
        site="微文拾遗 (invented WeChat mirror)",
        style="公众号镜像",
        genre="新闻",
        kind="news",
        form="html",
        source="https://www.wxshiyi.com/a/ruiyuan/20241105_0830.html",
        title="一只帆布挎包，装着社区120位独居老人的药",
        record_title=None,
        date="2024-11-05",
        notes="no record title: the rich_media_title <h1>; follow prompt glued before the first words; photo caption between paragraphs; account date line; the mirror's archive stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>芮园社区 - 微文拾遗</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head><body>
<div class="mirror-bar">⟦m 微文拾遗 · 公众号文章存档⟧ <a>⟦a 搜索公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　芮园社区　2024年11月05日 08:30　湖南⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="tail"><a>⟦l 阅读原文⟧</a> <span>⟦l 阅读 2086⟧</span> <a>⟦a 在看⟧</a> <a>⟦a 赞⟧</a></div>
<div class="qr">⟦a 长按识别二维码，关注芮园社区⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公众号文章的存档副本，版权归原公众号所有⟧ ⟦m 存档于 3 天前⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75">{}</p></section>',
        body="""
⟦a 点击上方蓝字，关注“芮园社区”⟧每周二上午，芮园社区网格员晏秋菊都会背着一只洗得发白的帆布挎包出门。包里装的，是她前一天从社区卫生服务站代取的常用药。
社区里有120位独居老人，不少人腿脚不便，去一趟医院要换两趟公交。去年起，社区和卫生服务站约定，老人把处方交给网格员，由网格员统一代取、送药上门。
⟦m 图｜晏秋菊在核对药盒上的名字⟧
挎包里还有一个小本子，每位老人的用药时间、过敏史都记得清清楚楚。一年下来，晏秋菊的挎包换了两个，本子写满了三本。
“包旧了可以换，老人的事不能忘。”她说。
""",
    ),
    dict(
        slug="wechat-huitian-steamer-rice-tips",
        site="号文档案 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="https://www.hwdangan.net/mp/huitianxw/5583021",
        title="木甑饭怎么蒸才不夹生？老师傅说了三点",
        record_title="木甑饭怎么蒸才不夹生？老师傅说了三点 | 晖田乡味 - 号文档案",
        date=None,
        notes="mirrored account article: follow prompt, a video link glued after a sentence, past-issues line, 在看 prompt; 3天前 is no date",
        page="""
!m 号文档案 · 公众号镜像
{T}
!m 晖田乡味　3天前
!a ↑ 点蓝字关注，每天一道家乡味
{BODY}
!l 往期推荐：腊肉怎么熏才香｜晖田米粉的七道工序
!a 觉得有用，就点个“在看”吧
!d 镜像内容仅作存档备查，如需删除请联系 takedown@hwdangan.net
""",
        body="""
不少朋友买了木饭甑回家，第一次蒸饭就夹生。我们请教了晖田镇做了四十年甑子饭的彭师傅，他总结了三点。
一是米要先煮后蒸。大米下锅煮到米粒“开花”、中间还有一点白芯时就要捞起，煮过头饭会烂，煮不够就夹生。
二是甑子要先热。新甑或者久放不用的甑，要先空蒸十分钟，让木头吸足水汽。⟦l 戳这里看彭师傅的演示视频⟧不然米饭贴着甑壁的一圈容易发硬。
三是火候要稳。上汽以后改中火，蒸二十到二十五分钟，中途不要揭盖。
彭师傅说，蒸好的甑子饭粒粒分明，带着杉木的清香，配一碗腊肉最好。
""",
    ),
    dict(
        slug="docshare-gxshuzhai-pledge-flute-quiet-docx",
        site="共享书斋 (invented document-sharing site)",
        style="文档分享",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.gxshuzhai.com/doc/8841027.html",
        title="关于在公园晨练演奏竹笛时文明控音的倡议书",
        record_title="关于在公园晨练演奏竹笛时文明控音的倡议书.docx",
        date="2024-05-12",
        notes="file-name record title; upload notice, points lock, service WeChat; an 'expand the rest' fold between paragraphs; update stamp is no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于在公园晨练演奏竹笛时文明控音的倡议书.docx - 共享书斋</title></head><body>
<div class="top"><a>⟦m 共享书斋⟧</a> <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="doc-head"><h1>{T}</h1>
<p class="meta">⟦m 格式：docx　大小：16.2KB　页数：1　更新：2024-05-20⟧</p></div>
<div class="notice">⟦d 本文档由书斋用户自行上传，书斋不对其内容负责，如有异议请点击“投诉”⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 下载本文档需 5 积分，当前积分不足⟧ <a>⟦a 去赚积分⟧</a></div>
<div class="svc">⟦w 找不到想要的文档？加客服微信 sz_kefu2024 帮你找⟧</div>
<footer>⟦m © 共享书斋 gxshuzhai.com　鲁ICP备2023017725号⟧</footer>
</body></html>
""",
        body="""
广大笛友们：
洚水公园是市民休闲健身的好去处，每天清晨都有不少笛友在这里练习竹笛。悠扬的笛声为公园增添了雅趣，但也有附近居民反映，个别笛友使用扩音设备、练习时间过早，影响了休息。为此，我们向全体笛友发出如下倡议：
⟦a 展开剩余 60% ▾⟧
一、早上7点前、晚上9点后不在靠近居民楼的区域练习；
二、不使用音箱、扩音器，自觉控制音量；
三、集体合奏选择公园东侧的竹林广场，与居民区保持距离；
四、相互提醒，共同维护公园的安静与整洁。
让我们用笛声传递美好，做文明的音乐爱好者。
榘城市洚湖区民乐爱好者协会
2024年5月12日
""",
    ),
    dict(
        slug="docshare-yunxiang-contract-satchel-blanks",
        site="云享文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.yunxiangwd.com/hetong/jiagong/20417.html",
        title="布挎包定制加工合同（范本）",
        record_title="布挎包定制加工合同（范本）【可直接填写】- 云享文档",
        date=None,
        notes="contract template with 第N条 articles, ×× placeholders and ＿＿年＿＿月＿＿日 blanks: no date; upload stamp 5 天前",
        page="""
!m 云享文档 · 合同协议 · 加工承揽
{T}
!m 分享者：蓝桥小铺　上传于 5 天前　下载 219 次
!d 温馨提示：范本仅供参考，签约前请结合实际情况咨询专业律师。
!a 【在线编辑】【下载DOCX】【转存网盘】
{BODY}
!l 相关范本：服装来料加工合同　｜　包装袋印刷合同
!w 合同定制、审核服务，微信：yx_hetong88
!d 云享文档所有内容由用户分享，平台不享有其版权。
""",
        body="""
甲方（定作方）：××公司
乙方（承揽方）：××箱包加工厂
第一条　甲方委托乙方加工帆布挎包＿＿只，规格、颜色、印字内容以双方确认的样品为准。
第二条　单价为每只＿＿元，合同总价＿＿元。甲方于合同签订后三日内支付总价的30%作为定金，余款在验收合格后十日内付清。
第三条　乙方应于＿＿年＿＿月＿＿日前交货，交货地点为甲方指定仓库，运费由乙方承担。
第四条　挎包的面料、缝线及五金件应符合国家有关标准，背带承重不低于5公斤。验收不合格的，乙方应免费返工。
第五条　任何一方违约，应向对方支付合同总价20%的违约金。
第六条　本合同一式两份，双方各执一份，自签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-woyuan-notice-flute-showcase-attach",
        site="渥源县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.woyuan.gov.cn/tzgg/202411/t20241111_9021.html",
        title="关于举办渥源县第三届中小学生竹笛展演活动的通知",
        record_title="〔艺体科〕关于举办渥源县第三届中小学生竹笛展演活动的通知 - 渥源县教育局",
        date="2024-11-08",
        date_also=["2024-11-11"],
        notes="education portal: care-mode links, an attachment download link beside the notice's own 附件 list; the notice's 联系人/电话/邮箱 beside the site's technical line; 请各校下载附件 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔艺体科〕关于举办渥源县第三届中小学生竹笛展演活动的通知 - 渥源县教育局</title>
<script src="/js/common.js"></script></head><body>
<div class="topbar"><a>⟦a 关怀版⟧</a> <a>⟦a 语音导读⟧</a> <span>⟦m 今天是：星期一⟧</span></div>
<header>⟦m 渥源县教育局⟧</header>
<nav><a>⟦m 首页⟧</a><a>⟦m 教育要闻⟧</a><a>⟦m 通知公告⟧</a><a>⟦m 招生考试⟧</a><a>⟦m 政策文件⟧</a></nav>
<div class="pos">⟦m 您的位置：首页 » 通知公告⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 来源：艺体科　发布时间：2024-11-11 16:05　点击：902⟧</div>
<div class="txt">
{BODY}
</div>
<div class="att"><p>⟦a 附件1：竹笛展演报名表.xlsx　[下载]⟧</p><p>⟦a 附件2：展演评分细则.pdf　[下载]⟧</p></div>
<div class="print"><a>⟦a 〖打印正文〗⟧</a> <a>⟦a 〖关闭〗⟧</a></div>
<footer><p>⟦m 渥源县教育局 版权所有⟧</p><p>⟦m 技术支持：渥源县教育信息中心　电话：0739-6410099⟧</p><p>⟦m 湘ICP备12004588号⟧</p></footer>
</body></html>
""",
        body="""
各乡镇中心学校，县直各中小学：
为推进学校美育工作，展示我县“一校一品”艺术教育成果，县教育局决定举办第三届中小学生竹笛展演活动。现将有关事项通知如下。
一、展演时间：2024年12月6日（星期五）上午8:30。
二、展演地点：渥源县青少年活动中心小剧场。
三、参演要求：每校可报独奏1个、合奏1个，合奏人数不超过16人，时长不超过5分钟。
四、报名方式：请各校下载附件，填写报名表后于11月22日前发送至邮箱wyjyytk@126.com。
联系人：邬明轩，电话：0739-6412075
附件：1.竹笛展演报名表
2.展演评分细则
渥源县教育局
2024年11月8日
""",
    ),
    dict(
        slug="edu-jianghu-plan-handbell-decimal",
        site="洚湖教育网 (invented district education portal)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.jhjyw.cn/xydt/dygz/2024/0902/3317.html",
        title="晁家巷小学“摇铃下课”试点工作方案",
        record_title="【德育处来稿】晁家巷小学“摇铃下课”试点工作方案_洚湖教育网",
        date="2024-08-30",
        date_also=["2024-09-02"],
        notes="decimal headings 1 / 1.1 … 3.1; the portal's posting date differs from the date under the signature",
        page="""
!m 洚湖教育网 | 榘城市洚湖区教育局主办
!m 当前栏目：校园动态 > 德育工作
{T}
!m 投稿单位：晁家巷小学　审核：区教育局办公室　发布：2024-09-02
!a [ 打印 ] [ 关闭 ] [ 收藏本页 ]
{BODY}
!l 上一条：洚湖区中小学秋季开学安全检查情况通报
!l 下一条：关于做好2024年教师节慰问工作的通知
!m 技术支持：洚湖区教育信息中心　电话：0737-8832106
""",
        body="""
为减少电铃噪声对学生的干扰，培养学生的时间观念和责任意识，学校决定在三、四年级试行“摇铃下课”，制定本方案。
1 试点安排
1.1 试点时间为2024年9月至2025年1月。
1.2 试点班级为三、四年级共8个班，每班配备铜制手摇铃1只。
2 工作要求
2.1 各班每天选出1名“值日摇铃员”，由班主任根据作息表提前一分钟提醒。
2.2 摇铃员须在走廊指定位置摇铃，时长不超过10秒。
2.3 电铃在试点班级所在楼层暂停使用，其余楼层不变。
3 评估
3.1 学期末由德育处组织问卷调查，听取师生和家长意见，决定是否推广。
晁家巷小学德育处
2024年8月30日
""",
    ),
    dict(
        slug="intranet-huihe-bulletin-steamer-line-oa",
        site="晖禾协同办公平台 (invented enterprise OA)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="html",
        source="http://oa.huihefood.local/doc/view?id=20241012019",
        title="关于木甑蒸饭生产线第三季度质量问题的通报",
        record_title="〔待办〕关于木甑蒸饭生产线第三季度质量问题的通报 - 晖禾协同办公",
        record_date="2024-10-12",
        date="2024-10-12",
        notes="OA document view: 文号 cell unmarked, read count, 流转记录, mark-as-read button; a problems table; 在系统中确认已阅 is content",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔待办〕关于木甑蒸饭生产线第三季度质量问题的通报 - 晖禾协同办公</title></head><body>
<div class="oa-top">⟦m 晖禾协同办公平台⟧ <span>⟦m 当前用户：质检部 晏立⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-nav"><a>⟦m 待办⟧</a> <a>⟦m 已办⟧</a> <a>⟦m 公文⟧</a> <a>⟦m 通讯录⟧</a></div>
<div class="doc-head"><h2>{T}</h2>
<table><tr><td>⟦m 发文部门：质量管理部⟧</td><td>⟦m 保密等级：一般⟧</td></tr>
<tr><td>晖禾质〔2024〕19号</td><td>⟦m 阅读次数：57⟧</td></tr></table></div>
<div class="doc-body">
{BODY}
</div>
<div class="flow"><h3>⟦l 流转记录⟧</h3><ul><li>⟦l 10-12 09:15 晏立 拟稿⟧</li><li>⟦l 10-12 10:02 彭海涛 审核通过⟧</li><li>⟦l 10-12 14:30 分发至各车间⟧</li></ul></div>
<div class="act"><button>⟦a 我已阅知⟧</button> <button>⟦a 转发⟧</button> <button>⟦a 存为PDF文件⟧</button></div>
<footer>⟦m 晖禾食品信息部维护　IT服务台分机 8008⟧</footer>
</body></html>
""",
        body="""
各车间、品控部：
第三季度，公司木甑蒸饭生产线共发生质量问题3起，均在出厂前被拦截，未流入市场。具体如下：
日期　问题　原因
7月18日　米饭夹生　蒸制时间不足
8月9日　甑底焦糊　蒸汽压力不稳
9月2日　异物（竹篾）　甑箅老化破损
经研究，对蒸饭二车间予以通报批评，扣减当季质量奖30%。各车间要每周检查甑箅，发现破损立即更换；蒸制参数调整须经品控部签字确认。
请各部门负责人组织学习，并在系统中确认已阅。
榘城晖禾食品有限公司质量管理部
2024年10月12日
""",
    ),
    dict(
        slug="intranet-jincheng-minutes-satchel-workshop",
        site="锦程包袋企业内部门户 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="text",
        source="http://portal.jcbaodai.local/hyjy/scb/20241008.html",
        title="挎包缝制车间十月安全生产例会纪要",
        date="2024-10-08",
        notes="title given by the record as is; 时间/地点/主持/参会/记录 lines; the meeting's 时间 line is the date",
        page="""
!m 锦程包袋 · 企业内部门户
!m 位置：办公 > 会议纪要 > 生产部
{T}
!m 发布人：晏小禾　部门：生产部　浏览 38 次
!a 下载附件　打印　返回列表
{BODY}
!d 本页面仅限公司内网访问，内容请勿外传
!m 内网技术支持：信息科 分机 6021
""",
        body="""
时间：2024年10月8日下午2:00
地点：缝制车间二楼会议室
主持：车间主任 蓝国庆
参会：各班组长、安全员共11人
记录：晏小禾
会议通报了九月份车间安全情况，研究了下一阶段工作，纪要如下：
一、九月份车间发生1起轻微扎伤事故，原因是员工更换缝纫机针时未关闭电源。会议要求各班组立即组织一次操作规程再培训。
二、挎包背带铆钉工位的防护罩缺失2个，由设备组在10月12日前补齐。
三、进入冬季，车间内严禁使用电暖器，布料仓库每天下班前由安全员检查断电情况。
四、下次例会定于11月5日召开。
""",
    ),
]
