"""holdout199, part B: blogs, WeChat mirrors, document-sharing pages, education portals and
intranets. Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-moshi-essay-inkpad-oil",
        site="磨石闲笔 (invented, Hexo-like personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://moshi.example.me/2024/10/19/zhusha-yinni/",
        title="晾油记：一盒朱砂印泥的三年",
        record_title="晾油记：一盒朱砂印泥的三年 | 磨石闲笔 · 手作",
        date="2024-10-19",
        notes="static blog: word count and reading time, a contents box, a tip-jar button glued after a sentence, tag cloud, archive and comment form; 发表于 byline is the date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>晾油记：一盒朱砂印泥的三年 | 磨石闲笔 · 手作</title>
<meta name="generator" content="Hexo 7.1.1">
<script src="/js/busuanzi.pure.mini.js" async></script>
</head><body>
<header class="site-header"><a class="brand" href="/">⟦m 磨石闲笔⟧</a><p class="subtitle">⟦m 磨墨、刻印、做点小手工⟧</p>
<nav>⟦m 首页 · 归档 · 分类 · 关于⟧</nav></header>
<main><article class="post">
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-10-19 · 分类于 手作 · 本文字数 1.1k · 阅读时长约 4 分钟⟧</div>
<div class="post-body">
{BODY}
</div>
<div class="post-tags">⟦l # 印泥 # 篆刻 # 手作⟧</div>
<div class="post-nav">⟦l ‹ 刻坏的第一方闲章⟧ ⟦l 旧砚台的三种洗法 ›⟧</div>
<div class="post-copyright">⟦d 本博客文字采用署名-非商业性使用许可，转载请附原文链接⟧</div>
</article>
<section class="comments"><h3>⟦l 留言 3 条⟧</h3><textarea placeholder="说点什么吧">⟦l 说点什么吧⟧</textarea><button>⟦a 提交留言⟧</button></section></main>
<aside><div class="widget">⟦l 标签云：印泥 篆刻 砚台 毛笔 宣纸 拓片⟧</div>
<div class="widget">⟦l 文章归档：2024年10月 (3)　2024年9月 (5)⟧</div>
<div class="widget">⟦m 本站访客数 18302 人次⟧</div></aside>
<footer>⟦m © 2019 – 2024 磨石闲笔 · 由 Hexo 强力驱动⟧</footer>
</body></html>
""",
        body="""
三年前的秋天，我跟着瑳田镇的马秉坤老师傅学做朱砂印泥。他第一句话就是：“印泥好不好，一半在油。”
做印泥的蓖麻油要先晒。师傅把油装进大口玻璃瓶，瓶口蒙一层纱布，放在朝南的窗台上，一晒就是三年。晒过的油颜色变浅、不再发黏，调出来的印泥夏天不走油，冬天不发硬。⟦a ☕ 觉得有用？请磨石喝杯茶⟧
今年油终于晒好了。我照师傅教的比例，把研细的朱砂、艾绒和油一点点揉合，揉了整整一个下午，手腕酸得抬不起来。
第一次用自己的印泥盖印，印文清清楚楚，红得发亮。师傅看了只说一句：“放一年再看。”我知道，好印泥也要等。
""",
    ),
    dict(
        slug="blog-songchuang-memoir-binoculars-wrapped",
        site="松窗下 (invented, hosted blog)",
        style="博客",
        genre="回忆录",
        kind="other",
        form="text",
        source="http://songchuangxia.blog.example-boke.cn/article/7713042.html",
        title="父亲的那架老望远镜",
        record_title="【旧物】父亲的那架老望远镜 - 松窗下 - 博客频道",
        date=None,
        notes="memoir hard-wrapped at 54 columns; only a 写于 line with a year and a relative time (no date); reading count and comments",
        page="""
!m 松窗下的博客　　http://songchuangxia.blog.example-boke.cn
!m 博客首页　　日志　　相册　　留言板
!t 【旧物】父亲的那架老望远镜
!m 分类：旧物记　　阅读(312)　　评论(6)　　2 个月前
{BODY}
!a 赞(27)　　转载　　收藏　　分享到朋友圈
!l 上一篇：祖母的针线笸箩
!l 下一篇：老屋门前的枣树
!l 评论(6)　琎河老渔夫：我家也有一架，镜筒上还刻着字
!l 发表评论　　　昵称＿＿＿＿　验证码＿＿＿＿
""",
        wrap=54,
        indent="\u3000\u3000",
        body="""
父亲有一架老式双筒望远镜，黑漆镜筒磨得发亮，皮套的搭扣早就坏了，他用一根鞋带系着。那是他在璈岭林场当护林员时公家配的，退休那年，场里作价二十元卖给了他。
小时候，我最盼望的事就是跟父亲上瞭望塔。他把望远镜挂在我脖子上，教我先看远处的山脊，再慢慢往回找，看哪儿冒烟。我常常看不到烟，却看到了松鼠、山鸡，还有对面山坡上吃草的牛。
父亲晚年眼睛不好，望远镜就一直挂在堂屋的门后。去年整理老屋，我把它取下来，擦去灰，对着窗外一看，镜片里依旧是那座山。
写于甲辰年冬至夜
""",
    ),
    dict(
        slug="wechat-jinhu-fire-smoke-alarm-false-alarms",
        site="瑨湖消防 (invented WeChat account) mirrored on 号内文摘 (invented)",
        style="公众号镜像",
        genre="科普文章",
        kind="news",
        form="html",
        source="https://haoneiwz.example.com/a/jinhuxiaofang/20250306/614027.html",
        title="烟感报警器半夜“嘀”一声？多半是这几个原因",
        record_title=None,
        date="2025-03-06",
        notes="WeChat mirror, no record title: the <h1>; a follow prompt glued before the first words; the account line's date is the date; a sentence telling readers to 关注 the account is body; 阅读原文/在看 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>号内文摘</title>
<script>var biz="MzA4NjE3";var mid="2650412";</script>
</head><body>
<div class="mirror-bar">⟦m 号内文摘 · 公众号文章存档⟧ <a href="/">⟦m 返回存档首页⟧</a></div>
<div id="js_article">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span>⟦m 原创⟧</span> <span>⟦m 瑨湖消防⟧</span> <span>⟦m 2025-03-06 18:30 发表于璿州⟧</span></div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 2.3万⟧　⟦a 分享　点赞　推荐⟧</div>
<div class="qr">⟦a 长按识别二维码，关注瑨湖消防⟧</div>
</div>
<div class="mirror-note">⟦d 号内文摘仅作公众号文章备份，著作权属原公众号，如需下架请来函⟧</div>
<div class="mirror-more">⟦l 该号近期文章：春季防火，这些野外用火行为要不得 ｜ 电动车进楼入户有多危险⟧</div>
</body></html>
""",
        p_html='<section><p style="font-size:16px;line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“瑨湖消防”关注我们⟧不少居民反映，家里的烟感报警器常在半夜突然“嘀”地响一声，过一会儿又响，吓人又扰民。这到底是怎么回事？
最常见的原因是电池电量低。独立式烟感报警器电量不足时，会每隔几十秒短鸣一声提醒换电池，夜里气温低，电池电压下降，所以常在半夜叫起来。
其次是探测室积灰或进了小虫，会让报警器误报。可以用吹风机冷风档对着进烟口吹一吹，千万不要用水擦洗。
还有一种情况是报警器到了使用年限。一般烟感报警器的寿命在十年左右，超期后灵敏度下降，要整只更换。
消防员提醒：不要因为嫌吵就拆掉电池。关注“瑨湖消防”公众号，回复“烟感”，可以预约消防站免费上门检测。
""",
    ),
    dict(
        slug="wechat-jiguan-pledge-kettle-office",
        site="璲水机关事务 (invented WeChat account) mirrored on 公号集 (invented)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://gonghaoji.example.cn/p/suishuijgsw/2025022612.html",
        title="关于在办公场所安全使用电热水壶的倡议书",
        record_title="关于在办公场所安全使用电热水壶的倡议书 · 璲水机关事务（公号集转存）",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="WeChat mirror as text: a star prompt glued before the salutation, an account date two days after the 成文日期, a sentence asking readers to 分享 the pledge is body; 在看/赞 rows and the mirror's note",
        page="""
!m 公号集 — 把好文章存下来
{T}
!m 璲水机关事务　2025年2月26日 08:05　璿州
!m 作者：县机关事务服务中心节能办
{BODY}
!a 戳“阅读原文”查看节能办联系方式
!a 赞　　在看　　分享
!m 阅读 1204
!d 公号集转存内容版权归原作者与原公众号，转存仅为留档，不作商业用途。
!l 同号文章：机关食堂“光盘行动”月度通报｜办公区电动车充电须知
""",
        indent="\u3000\u3000",
        body="""
⟦a 设为★星标，第一时间收到推送⟧县直各机关干部职工：
冬春季节是电气火灾高发期。近期检查中发现，部分办公室存在电热水壶无人看管、长时间通电，与打印机、电暖器共用一个插线板等现象，安全隐患不容忽视。为此，我们倡议：
一、人走断电。下班、外出前关闭电热水壶并拔下插头，不让电器“加班”。
二、一座一壶。电热水壶要单独使用墙面插座，不与大功率电器共用插线板，不放在文件、纸箱旁。
三、及时更新。外壳破损、底座松动、没有防干烧功能的电热水壶要及时更换，购买时认准3C标志。
四、互相提醒。请大家把这份倡议分享给身边的同事，发现隐患及时提醒、及时报告。
璲水县机关事务服务中心
2025年2月24日
""",
    ),
    dict(
        slug="docshare-xiangwen-contract-cooker-template",
        site="享文网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.xiangwen.example.com/doc/7749132.html",
        title="商用高压锅采购合同范本",
        record_title="商用高压锅采购合同范本.doc",
        date=None,
        notes="sharing page, file-name record title: a contract template with 第N条, ×× placeholders and ＿＿年＿＿月＿＿日 blanks (no date); upload notice, points lock, service WeChat",
        page="""
<!doctype html><html><head><meta charset="utf-8">
<title>商用高压锅采购合同范本.doc - 享文网</title>
<script>window.docInfo={id:7749132,pages:3}</script>
</head><body>
<header><a href="/">⟦m 享文网⟧</a> <span>⟦m 分享一份文档，帮到一个同行⟧</span> <a href="/upload">⟦a 我要分享赚积分⟧</a></header>
<div class="crumb">⟦m 享文网 ＞ 合同协议 ＞ 采购合同⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 分享者：后厨老许　　文件格式：doc　　页数：3　　更新于 2 周前⟧</div>
<div class="notice">⟦d 文档为网友分享，享文网不保证其合法合规，用于签约前请咨询专业律师⟧</div>
<div class="doc">
{BODY}
</div>
<div class="lock">⟦a 积分不足？完成每日签到可领5积分⟧ <button>⟦a 用10积分下载原文⟧</button></div>
<div class="kf">⟦w 文档代找、合同定制加客服微信 xw-doc88⟧</div>
<footer>⟦m 享文网 xiangwen.example.com⟧ ⟦m 琼ICP备19004426号⟧</footer>
</body></html>
""",
        body="""
甲方（采购方）：＿＿＿＿＿＿＿＿
乙方（供货方）：＿＿＿＿＿＿＿＿
第一条　甲方向乙方采购××牌商用不锈钢高压锅＿＿口，规格为××升，单价＿＿元，合同总价＿＿元。
第二条　乙方保证所供高压锅为合格产品，随货提供产品合格证、使用说明书和检验报告，安全泄压装置须符合国家标准。
第三条　乙方应于合同签订后＿＿日内送货至甲方指定地点，并负责现场安装调试和操作培训。
第四条　质保期为＿＿个月。质保期内因产品质量问题造成损坏的，乙方负责免费维修或更换；密封圈等易损件由乙方按成本价长期供应。
第五条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-wenzhou-request-inkpad-markers",
        site="文舟共享 (invented)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://wenzhougx.example.cn/share/d/5508231",
        title="关于为县档案馆购置朱砂印泥等用印物品的请示",
        record_title="关于为县档案馆购置朱砂印泥等用印物品的请示（精校版）- 文舟共享",
        date="2025-03-03",
        notes="sharing page as text: page markers ⸙n/3⸙ glued or on their own line cut sentences; upload notice and points prompt; 成文日期 under the signature; the request's contact line",
        page="""
!m 文舟共享　　文档 · 资料 · 范本
{T}
!m 分享自：档案小舟　　3页　　浏览 902　　上传于 昨天
!d 声明：文舟共享为网友自愿分享的资料提供存放空间，内容真实性请自行甄别。
{BODY}
!a 余下内容需消耗3积分查看　　去赚积分 >
!l 你可能也需要：
!l 关于购置档案密集架的请示
!l 档案馆年度办公用品采购计划表
""",
        indent="\u3000\u3000",
        pages=dict(fmt="⸙{n}/3⸙", every=70, start=2, glue="mix", sep=" "),
        body="""
县财政局：
县档案馆承担全县机关档案接收、整理和出具档案证明等工作，每年用印约一万两千次。现用印泥多为普通油性印泥，印迹易褪色、渗油，影响档案长期保存。根据《机关档案管理规定》有关要求，我馆拟购置一批朱砂印泥等用印物品。具体如下：
一、朱砂印泥20盒，每盒120元，计2400元；
二、印章专用胶垫10块，每块35元，计350元；
三、印泥调和油及刮刀一批，计450元。
以上合计3200元，拟从档案馆办公经费中列支。
妥否，请批示。
联系人：邝慕青，电话：0739-6857213。
璠山县档案馆
2025年3月3日
""",
    ),
    dict(
        slug="edu-jinhu-notice-dorm-kettles-attachments",
        site="瑨湖县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.jinhu.example.gov.cn/tzgg/2024/1211/8803.html",
        title="关于开展学生宿舍电热水壶等违规电器专项清查的通知",
        record_title="关于开展学生宿舍电热水壶等违规电器专项清查的通知-通知公告-瑨湖县教育局",
        date="2024-12-10",
        date_also=["2024-12-11"],
        notes="education portal: 附件 list in the body beside the page's attachment download links; the notice's contact, phone and mailbox beside a technical-support line; 请各校下载附件 is body; page date one day after the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展学生宿舍电热水壶等违规电器专项清查的通知-通知公告-瑨湖县教育局</title>
<script src="/static/js/font-zoom.js"></script>
</head><body>
<div class="topbar">⟦m 瑨湖县教育局⟧ ⟦m 立德树人　办好人民满意的教育⟧ <a>⟦a 读屏专用⟧</a> <a>⟦a 关怀版⟧</a></div>
<div class="menu">⟦m 首页　机构概况　教育资讯　通知公告　招生考试　办事指南⟧</div>
<div class="where">⟦m 所在栏目：首页 » 通知公告⟧</div>
<div class="article">
<h2>{T}</h2>
<div class="props">⟦m 信息来源：安全稳定科　发布日期：2024-12-11　阅读：930⟧ ⟦a 〔 大 | 中 | 小 〕⟧</div>
<div class="text">
{BODY}
</div>
<div class="files"><p>⟦a 本文附件（点击下载）：⟧</p><p><a href="/u/cms/8803_1.xlsx">⟦a 📎 附件1.xlsx（18KB）⟧</a></p><p><a href="/u/cms/8803_2.docx">⟦a 📎 附件2.docx（22KB）⟧</a></p></div>
<div class="pn">⟦l 上一条：关于做好寒假前学校安全工作的提示⟧<br>⟦l 下一条：2024年秋季学期中小学教学视导安排⟧</div>
</div>
<div class="foot">⟦m 瑨湖县教育局版权所有　地址：瑨湖县湖滨路16号⟧<br>⟦w 网站运维技术支持：0739-6520999⟧<br>⟦m 湘ICP备11009287号-1⟧</div>
</body></html>
""",
        body="""
各中小学、中职学校：
为消除学生宿舍电气火灾隐患，县教育局决定于12月中下旬在全县寄宿制学校开展违规电器专项清查。现将有关事项通知如下：
一、清查内容。重点清查学生私自带入宿舍的电热水壶、热得快、电热毯、小功率电饭煲等违规电器，以及私拉乱接电线、插线板超负荷使用等问题。
二、工作要求。各校要在12月20日前完成全覆盖清查，对收缴的电器登记造册，放假时退还家长；同时落实宿舍开水供应，不能一收了之。
三、报送材料。请各校下载附件1和附件2，如实填写后于12月25日前报县教育局安全稳定科。
联系人：苗砚书，电话：0739-6521746，邮箱：jhaqk2024@jinhu-edu.example.cn。
附件：1.学生宿舍违规电器清查情况统计表
2.宿舍开水供应情况说明
瑨湖县教育局
2024年12月10日
""",
    ),
    dict(
        slug="edu-aoling-plan-birding-study-trip",
        site="璈岭教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.aolingedu.example.cn/xwzx/xxdt/2025-04/6127.html",
        title="璈岭县第一中学湿地观鸟研学活动方案",
        record_title="【研学实践】璈岭县第一中学湿地观鸟研学活动方案（附回执）_璈岭教育网",
        date="2025-04-02",
        notes="education portal as text: decimal headings 1.1–3.2, a sentence asking classes to 打印 the 回执 is body; 成文日期 under the signature; a font-size row, a scan-to-read line and prev/next",
        page="""
!m 璈岭教育网　　璈岭县教育局主办
!m 首页 → 新闻中心 → 学校动态
{T}
!m 发稿：县一中政教处　　审核：邬晴川　　点击：1288
!a 字体：〔大〕〔中〕〔小〕　　　〔打印〕〔关闭〕
{BODY}
!a 手机扫一扫，随时读本文
!l 上一条：县一中举行春季田径运动会
!l 下一条：县教育局开展中小学食堂食品安全检查
!m 璈岭教育网　版权所有　技术支持：璿州云图信息科技
""",
        indent="\u3000\u3000",
        body="""
为引导学生走进自然、学会观察，学校决定组织高一年级学生赴琎河湿地开展观鸟研学活动。具体方案如下。
1.活动安排
1.1时间：2025年4月19日（星期六）7:30集合，16:30返校。
1.2地点：琎河湿地公园观鸟站及周边步道。
2.活动内容
2.1观鸟站讲解员讲授双筒望远镜的使用方法和常见鸟类识别。
2.2分组沿步道观察记录，每组配两台望远镜、一本鸟类图鉴。
3.安全保障
3.1每班配带队教师两名，学校安排校医随行。
3.2学生不得离开步道、不得靠近水边，用完望远镜按组清点交回。
请各班于4月10日前打印回执，交家长签字后统一交政教处。
璈岭县第一中学
2025年4月2日
""",
    ),
    dict(
        slug="intranet-dinghe-minutes-cooker-valve-rework",
        site="鼎和炊具协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.dinghe-cookware.example.local/doc/view?id=25061207",
        title="关于限压阀批量返修问题的专题会议纪要",
        record_title="〔专题纪要〕关于限压阀批量返修问题的专题会议纪要 - 鼎和协同办公",
        date="2025-06-12",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines stay in the body and 时间 gives the date; 流转记录, read count and a mark-as-read button; an extension line of the document beside the IT desk's",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〔专题纪要〕关于限压阀批量返修问题的专题会议纪要 - 鼎和协同办公</title>
<script src="/oa/js/workflow.js"></script></head>
<body>
<div class="oa-head">⟦m 鼎和炊具 · 协同办公⟧ <span>⟦m 当前用户：质量部 宓清远⟧</span> <a>⟦a 退出登录⟧</a></div>
<div class="oa-tabs">⟦m 待办 | 已办 | 公文 | 会议纪要 | 通讯录⟧</div>
<div class="oa-doc">
<div class="oa-docmeta">⟦m 文档编号：DH-JY-2025-041　密级：内部　拟稿：生产技术部⟧</div>
<h2>{T}</h2>
{BODY}
</div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 06-12 17:20 生产技术部 拟稿⟧</p><p>⟦m 06-13 09:02 质量部 会签⟧</p><p>⟦m 06-13 10:45 副总经理 签发⟧</p></div>
<div class="oa-read">⟦m 已阅 46 人 / 未阅 3 人⟧ <button>⟦a 确认已读⟧</button> <button>⟦a 另存为PDF⟧</button></div>
<div class="oa-foot">⟦w 系统使用问题请拨信息中心分机 8000⟧</div>
</body></html>
""",
        body="""
时间：2025年6月12日下午3时
地点：公司三楼第二会议室
主持：副总经理滕守义
参会：生产技术部、质量部、采购部、二车间负责人
记录：生产技术部　戚暖
会议听取了质量部关于5月下旬一批高压锅限压阀排气不畅、需批量返修情况的汇报，经研究，纪要如下：
一、查明原因。经拆检，问题出在供应商阀芯孔径偏小，来料检验未全检孔径。由采购部约谈供应商，6月20日前书面说明。
二、返修处置。已入库的3120口高压锅由二车间逐口更换阀芯，6月底前完成，质量部逐口做排气试验后方可出库。
三、堵住漏洞。来料检验将阀芯孔径列为全检项目，质量部本周内修订检验规程。
有关问题请联系生产技术部，分机8215。
""",
    ),
    dict(
        slug="intranet-huaxin-rules-smoke-alarm-patrol",
        site="华芯仓储内网 (invented intranet, text export)",
        style="企业内网",
        genre="制度",
        kind="other",
        form="text",
        source="http://intra.huaxin-wms.example.local/zhidu/aq/0317.htm",
        title="仓储区烟感报警器巡检管理规定",
        date=None,
        notes="intranet rules, record title as is: 第N条 articles speak of 扫码 and 打印 as content; no date (only an effective clause); portal bar, revision stamp and contact box",
        page="""
!m 华芯仓储　员工内网　｜　制度文件库
!m 当前：制度文件库 / 安全管理 / 消防
{T}
!m 版本：V2.1　　修订于 3 天前　　归口部门：安全环保部
!a 〔下载本制度〕〔打印〕〔加入我的制度夹〕
{BODY}
!m 本制度共有 211 人查阅
!w 制度解释：安全环保部　内线 6120
!l 同类制度：动火作业审批规定　｜　消防设施维护保养办法
""",
        indent="",
        body="""
第一条　为保证仓储区烟感报警器完好有效，及早发现火情，制定本规定。
第二条　本规定适用于公司各库区、配送中心和办公区安装的烟感报警器。
第三条　安全环保部每月组织一次全面巡检，各库区安全员每周自查一次。
第四条　每个烟感报警器旁张贴巡检二维码，巡检人员须逐个扫码，记录外观、指示灯和测试结果，不得代扫、漏扫。
第五条　巡检中发现故障的，应当在两小时内报修；报修单由系统生成，安全员打印后交维修班签收。
第六条　任何人不得擅自遮挡、拆除烟感报警器或断开其电源。违反的，按公司安全奖惩办法处理。
第七条　本规定自印发之日起施行。
""",
    ),
]
