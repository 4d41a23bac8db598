"""holdout310, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 — each once as HTML and once
as text. Every page, site, place, person, number and URL here is invented; see ../README.md and
../build.py for the markup."""

CASES = [
    dict(
        slug="blog-fenbihui-essay-chalk-box-teachers-day",
        site="粉笔灰里的春秋 (invented, Typecho-like teacher's blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://fenbihui.blog.cn/archives/318/",
        title="讲台上的那只粉笔盒",
        record_title="【教书随笔】讲台上的那只粉笔盒 — 粉笔灰里的春秋",
        date="2024-09-10",
        notes="a Typecho-like blog: tag cloud, archive, comment form; the post's 发表于 line is the page's date; a photo placeholder between paragraphs and a repost notice glued after the last sentence",
        page="""
<!DOCTYPE html>
<html><head><meta charset="UTF-8"><title>【教书随笔】讲台上的那只粉笔盒 — 粉笔灰里的春秋</title>
<link rel="stylesheet" href="/usr/themes/chalk/style.css"></head>
<body>
<header><h2 class="site-name">⟦m 粉笔灰里的春秋⟧</h2><p class="desc">⟦m 一个乡村老师的课余絮语⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/jiaoan/">备课札记</a> <a href="/suibi/">教书随笔</a> <a href="/about/">关于我</a>⟧</nav></header>
<main>
<article>
<h1 class="post-title">{T}</h1>
<div class="post-meta">⟦m 发表于 2024-09-10　分类：教书随笔　阅读 641⟧</div>
<div class="post-content">
{BODY}
</div>
<div class="post-tags">⟦l 标签：粉笔盒 教师节 老物件⟧</div>
<div class="post-near">⟦l « 开学第一周的三件小事⟧　⟦l 给新来的实习老师写几句话 »⟧</div>
</article>
<section id="comments"><h3>⟦l 已有 4 条评论⟧</h3>
<p>⟦l 山那边的雨：我们那时候的粉笔盒也是木头做的，看哭了。⟧</p>
<form>⟦a 昵称（必填） 邮箱（必填） 网址 提交评论⟧</form></section>
</main>
<aside>
<h4>⟦l 标签云⟧</h4><p>⟦l 班主任 作文 乡村学校 家访 粉笔盒 读书⟧</p>
<h4>⟦l 文章归档⟧</h4><ul><li>⟦l 2024年9月 (3)⟧</li><li>⟦l 2024年8月 (5)⟧</li><li>⟦l 2024年7月 (2)⟧</li></ul>
</aside>
<footer>⟦m © 2016-2024 粉笔灰里的春秋 · 由 Typecho 强力驱动⟧</footer>
</body></html>
""",
        body="""
又是一个教师节。收拾讲台时，我把那只旧木粉笔盒擦了擦，放回了抽屉最里面。
这只粉笔盒是我刚到窠岭村小教书那年，老校长亲手钉的。杉木板，巴掌大，盒盖上用红漆写着“认真”两个字。那时候粉笔金贵，断了的粉笔头他都不让扔，攒满一盒，用水泡软了重新搓成条，晾干再用。
⟦m 〔配图：那只用了二十年的杉木粉笔盒〕⟧
后来学校换了新讲台，发了塑料粉笔盒，又换成带磁吸盖的防尘粉笔盒。盒子越来越讲究，我却总是想起那个红漆的“认真”。
二十多年过去，老校长早已退休。我想，一只粉笔盒能装下的不只是粉笔，还有一代代乡村老师对这份职业的敬重。⟦d 原创文字，转载请私信博主⟧
""",
    ),
    dict(
        slug="blog-beichuang-essay-floor-lamp-wrapped",
        site="北窗灯下 (invented, personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://beichuangdx.blog.com.cn/post/20250314-floorlamp",
        title="那盏陪我十年的落地灯",
        record_title="那盏陪我十年的落地灯 ～ 北窗灯下的个人博客",
        date=None,
        notes="a blog post in text, hard-wrapped at 56 columns; the post time is relative (2 天前), so no date; a reading-time line, tags, a like/collect row and previous/next links",
        page="""
!m 北窗灯下 —— 读书、写字、过日子
!m 首页 / 生活 / 正文
{T}
!m 2 天前 · 约 3 分钟读完 · 评论 2
{BODY}
!l 标签：落地灯　旧物　读书角
!a ♡ 喜欢（17）　☆ 收藏　↗ 转给朋友
!l 上一篇：阳台上的那盆文竹
!l 下一篇：搬家时扔掉的和留下的
!m 本博客文字除注明外均为原创　联系博主：beichuang_dx@mailbox.cn
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
搬家那天，别的家具都交给了搬家公司，只有这盏落地灯，是我自己扛下六楼的。
它是十年前在旧货市场买的，铁艺灯杆，亚麻灯罩，底座是一块沉甸甸的铸铁圆盘。卖灯的老师傅说，落地灯好不好，先看底座，底座压得住，灯杆才站得稳。这句话我记到现在。
那几年租住在城中村，屋里只有一扇朝北的小窗。每天下班回来，我就拧开这盏灯，窝在旧沙发里读书。暖黄的光拢成一个圈，圈里是书，圈外是整座城的喧闹。
灯罩换过两次，开关修过一回，灯杆上还留着一道被行李箱磕出的划痕。它不算漂亮，却是我在这座城市里最早拥有的一件东西。
如今新家的客厅装了吊灯和灯带，可每到夜里，我还是习惯把它拧亮。
""",
    ),
    dict(
        slug="wechat-chanxi-fuyou-article-changing-table-tips",
        site="号文存档馆 (invented WeChat mirror) / 廛溪妇幼 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.haowencun.com/a/chanxifuyou/20250221/58830.html",
        title="带宝宝用公共尿布台，这5件事一定要注意",
        record_title=None,
        date="2025-02-21",
        notes="a WeChat mirror: no record title, the title found in the <h1>; the account line is the page's date; a follow prompt glued before the first words, a QR line between paragraphs, 阅读原文/在看/赞赏 rows and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>廛溪妇幼 - 号文存档馆</title>
<meta name="description" content="公众号文章存档"></head>
<body>
<div class="mirror-top">⟦m 号文存档馆 · 好文章值得留底⟧　<a href="/search">⟦a 搜公众号⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　廛溪妇幼　2025-02-21 16:30　廛溪⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="rich_media_tool">⟦a 阅读原文⟧　⟦m 阅读 3826⟧　⟦a 分享 赞 在看⟧</div>
<div class="reward">⟦a 喜欢作者就给点鼓励吧　赞赏⟧</div>
<div class="comment">⟦l 精选留言⟧<p>⟦l 丸子妈：上次在商场就遇到束带坏了的尿布台，吓一跳⟧</p></div>
</div>
<div class="mirror-foot">⟦d 本页为公众号文章的网页存档，版权归原作者和原公众号⟧<br>⟦m 号文存档馆 浙ICP备22015038号⟧</div>
</body></html>
""",
        p_html="<section><p>{}</p></section>",
        body="""
⟦a 点击上方“廛溪妇幼”，加个关注不迷路⟧带宝宝出门，换尿布是绕不开的事。现在商场、车站大多配了尿布台，但用不好也有风险。市妇幼保健院儿童保健科的医生提醒，使用公共尿布台要注意以下5件事。
一是先检查。放宝宝之前，用手按一按台面，看看折叠台是否卡稳、束带是否完好，有松动的不要用。
二是先铺垫。尿布台每天都有很多宝宝使用，最好随身带一次性隔尿垫或消毒湿巾，铺好再放宝宝。
三是系束带。宝宝躺上去后要系好安全束带，大人的一只手始终扶着宝宝，不要转身拿东西。
⟦m 长按识别二维码，预约儿保门诊⟧
四是别超龄。多数尿布台承重在15公斤左右，两岁以上的孩子体重大、爱翻身，尽量换个方式更换。
五是用后收。用完及时把台面合上，脏尿布扔进带盖垃圾桶，给下一家留个干净的台面。
""",
    ),
    dict(
        slug="wechat-xianxi-pledge-toilet-brush-civilised-toilets",
        site="号内文摘 (invented WeChat mirror) / 娴溪发布 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://hnwz.cn/mp/xianxifabu/2025/0303/11902.html",
        title="文明如厕 从一把马桶刷做起——致全镇居民的倡议书",
        record_title="文明如厕 从一把马桶刷做起——致全镇居民的倡议书 | 娴溪发布 · 公号存档页",
        date="2025-03-01",
        date_also=["2025-03-03"],
        notes="a WeChat mirror in text: a star prompt glued before the salutation, an 原创 line, a share-to-moments sentence in the body as content, 阅读原文/在看 rows; the signature's date and the account's posting date differ",
        page="""
!m 号内文摘｜公众号文章归档
!t 文明如厕 从一把马桶刷做起——致全镇居民的倡议书
!m 原创　娴溪发布　2025年3月3日 08:05　江南
{BODY}
!a 阅读原文　　阅读 2014　　分享　　在看 56
!l 往期推荐：娴溪镇农村公厕管护员名单公示｜春季爱国卫生运动启动
!d 本站仅归档公开发布的公众号文章，如需删除请原号联系
""",
        body="""
⟦a 设为星标，每天第一时间看娴溪⟧全镇广大居民朋友们：
近年来，我镇新建和改造农村公厕63座，家家户户用上了水冲式厕所。可在日常检查中，我们发现不少公厕里的马桶刷缺失、乱放，有的刷子泡在污水里发黑，如厕环境大打折扣。为此，镇爱卫办向全镇居民发出如下倡议：
一、爱护公厕设施。不拿走、不损坏公厕里的马桶刷、刷架和纸巾盒，发现损坏及时告诉管护员。
二、用后顺手清洁。如厕后冲水，遇到便器有污渍，用马桶刷刷一刷，再把刷子放回刷架。
三、管好自家厕所。马桶刷放在通风处，刷头定期更换，刷架每周清洗消毒。
四、争做文明家庭。欢迎大家把这份倡议分享给身边的亲友，一起参与“最美庭院”评比。
文明如厕，始于举手之劳。让我们从一把马桶刷做起，共建干净整洁的美丽娴溪！
娴溪镇爱国卫生运动委员会办公室
2025年3月1日
""",
    ),
    dict(
        slug="docshare-yunjian-contract-template-step-stools",
        site="云笺文档 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.yunjiandoc.com/d/6a0f31e7.html",
        title="梯凳采购合同（范本）",
        record_title="梯凳采购合同（范本）.docx",
        date=None,
        notes="a sharing reader: ratings, an upload notice, a points lock and a service WeChat; a contract template with 第N条 articles, ×× placeholders and ＿＿年＿＿月＿＿日 blanks; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>梯凳采购合同（范本）.docx - 云笺文档</title></head>
<body>
<div class="head">⟦m 云笺文档⟧<span>⟦m 好文档，一起用⟧</span><a>⟦a 上传我的文档⟧</a><a>⟦a 登录⟧</a></div>
<div class="crumbs">⟦m 云笺文档 / 合同协议 / 采购合同⟧</div>
<div class="doc">
<h1>{T}</h1>
<div class="meta">⟦m 评分 4.6 分（29人评）　页数：3　大小：21KB　上传：2024-10-30⟧</div>
<div class="notice">⟦d 本文档由云笺用户“合同小铺”上传，云笺仅提供信息存储空间，不对内容负责⟧</div>
<div class="txt">
{BODY}
</div>
<div class="lock">⟦a 本文档需 3 积分下载，签到可领积分⟧ <button>⟦a 下载文档⟧</button> <button>⟦a 加入我的文库⟧</button></div>
</div>
<div class="side">⟦w 找不到想要的合同？加客服微信 yunjian_kf08 代找⟧
<h4>⟦l 同类文档⟧</h4><p>⟦l 办公家具采购合同（通用版）⟧</p><p>⟦l 图书馆设备购销合同⟧</p></div>
<div class="foot">⟦m 云笺文档 yunjiandoc.com　沪ICP备23008716号⟧</div>
</body></html>
""",
        body="""
甲方（采购人）：××图书馆
乙方（供货人）：××家具有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购梯凳事宜订立本合同。
第一条　货物名称、规格和数量：带扶手三步梯凳××个，两步防滑梯凳××个，具体规格见附件清单。
第二条　质量要求：梯凳每步踏板承重不低于150公斤，踏板表面有防滑纹或防滑垫，脚部装防滑脚套，焊接处无开焊、毛刺。
第三条　合同价款：合同总价为人民币××元（大写：××），含运输、安装和税费。
第四条　交货：乙方应于合同签订后××日内将货物送至甲方指定地点，甲方当场验收。
第五条　质量保证：质保期为××年。质保期内出现踏板松动、开焊等质量问题的，乙方应在48小时内免费维修或更换。
第六条　违约责任：乙方逾期交货的，每日按合同总价的千分之五支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿　　乙方（盖章）：＿＿＿＿
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-daoxiang-request-station-changing-tables",
        site="稻香文档网 (invented)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="http://www.daoxiangwd.com/doc/3390517.html",
        title="关于在廛溪东站候车厅增设母婴室尿布台的请示",
        record_title="『公文请示』关于在廛溪东站候车厅增设母婴室尿布台的请示（改个单位名就能用）",
        date="2025-02-10",
        notes="a sharing page in text: the request's own 联系人/电话 beside the site's service WeChat and a member hotline; the 成文日期 in Chinese numerals; an upload notice and a preview lock",
        page="""
!m 稻香文档网 — 文档共享平台
!t 『公文请示』关于在廛溪东站候车厅增设母婴室尿布台的请示（改个单位名就能用）
!m 分享者：站务小杨　｜　格式：doc　｜　2页　｜　下载 117 次
!d 文档为分享者上传，稻香文档网不拥有其著作权，如有疑问请走申诉流程
{BODY}
!a 仅可预览前2页，下载完整版请先开通稻香会员
!w 资料代找、排版修改加客服微信：daoxiang_wd
!m 会员服务电话：400-870-2316
!l 你可能还需要：关于增设第三卫生间的请示｜车站母婴室管理制度
""",
        indent="\u3000\u3000",
        body="""
廛溪东站：
我站候车厅自启用以来，日均旅客发送量已超过1.2万人次，其中携带婴幼儿出行的旅客明显增多。目前候车厅只在二楼设有一处母婴室，室内仅一台尿布台，高峰时段常有家长排队等候，也有旅客反映男卫生间内没有尿布台，爸爸带孩子换尿布很不方便。
为改善旅客出行体验，我站拟在一楼候车区增设母婴室一处，配置尿布台2台，并在二楼男女卫生间和第三卫生间各加装壁挂式尿布台1台，共需经费约4.6万元，从站段设备维修费中列支。
妥否，请批示。
联系人：杨芷汀　　电话：0763-5530917
廛溪东站客运车间
二〇二五年二月十日
""",
    ),
    dict(
        slug="edu-xiuyang-notice-dustproof-chalk-boxes-attachment",
        site="庥阳县教育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.xiuyang.gov.cn/tzgg/2025/0226/4817.html",
        title="关于推广使用防尘粉笔盒改善教室空气质量的通知",
        record_title="关于推广使用防尘粉笔盒改善教室空气质量的通知-公告通知-庥阳教育网",
        date="2025-02-24",
        date_also=["2025-02-26"],
        notes="an education bureau: 关怀版/读屏 links, an attachment download link beside the notice's own 附件 list, its own 联系人/电话/邮箱 beside the site's technical line, a sentence asking schools to 下载 the form as content; the 成文日期 and the page's 发布时间 differ",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>关于推广使用防尘粉笔盒改善教室空气质量的通知-公告通知-庥阳教育网</title></head>
<body>
<div class="tb">⟦a 关怀版 ｜ 读屏版 ｜ 手机版⟧</div>
<div class="logo">⟦m 庥阳教育网 · 庥阳县教育局主办⟧</div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 教育要闻⟧</li><li>⟦m 通知公告⟧</li><li>⟦m 政策法规⟧</li><li>⟦m 招生考试⟧</li></ul>
<div class="loc">⟦m 所在栏目：首页 › 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<p class="src">⟦m 发布时间：2025-02-26　发布部门：装备中心　阅读次数：1190⟧</p>
<div class="con">
{BODY}
</div>
<p class="file"><a href="/upload/2025/0226/fjfb.docx">⟦a 点击下载：附件2 防尘粉笔盒需求统计表.docx⟧</a></p>
</div>
<div class="box"><h3>⟦l 最新通知⟧</h3><p>⟦l 关于做好2025年春季学期开学工作的通知⟧</p><p>⟦l 关于开展中小学近视防控宣传月活动的通知⟧</p></div>
<div class="foot">⟦m 庥阳县教育局版权所有　地址：庥阳县文昌路18号⟧<br>⟦m 网站技术支持：0763-5123390（仅限网站使用问题）⟧</div>
</body></html>
""",
        body="""
各中小学、幼儿园：
为减少粉笔粉尘对师生健康的影响，县教育局决定在全县中小学推广使用防尘粉笔盒。现将有关事项通知如下：
一、推广范围。全县中小学所有使用黑板的普通教室和专用教室，每间配备防尘粉笔盒1只、湿式板擦2个。
二、配置标准。粉笔盒应带翻盖或磁吸盖，内设整支粉笔区和断粉笔区，底部有吸尘垫；不得使用敞口纸盒盛放粉笔。
三、时间安排。请各校下载附件2，于3月7日前将需求数量报县教育装备中心，县里统一采购后于4月底前配发到校。
四、日常管理。班主任负责本班粉笔盒日常管理，吸尘垫每周清理一次，粉笔盒破损的及时报学校总务处更换。
联系人：阎可澄，电话：0763-5123417，邮箱：xyjyzb@126.com。
附件：1.防尘粉笔盒配置标准
　　　2.防尘粉笔盒需求统计表
庥阳县教育局
2025年2月24日
""",
    ),
    dict(
        slug="edu-yinchuan-summary-eye-care-floor-lamps-wrapped",
        site="夤川教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.ycjyxx.cn/xydt/2025/0117/2208.html",
        title="夤川县实验小学2024年“护眼行动”工作总结",
        record_title="夤川县实验小学2024年“护眼行动”工作总结 — 校园动态 — 夤川教育信息网",
        date="2025-01-15",
        notes="an education portal in text, hard-wrapped at 72 columns; a read-aloud/print row and a scan-to-read line; a numbered list; the 成文日期 under the signature",
        page="""
!m 夤川教育信息网
!m 当前位置：首页 → 校园动态
!t 夤川县实验小学2024年“护眼行动”工作总结
!m 供稿：夤川县实验小学　审核：县教育局基教股　浏览：388
!a [朗读本文]　[打印]　[收藏]
{BODY}
!m 手机扫码阅读本页
!l 相关阅读：窠岭镇中心校近视防控工作简报
!m 夤川县教育局主办　备案号：黔ICP备16002281号
""",
        indent="\u3000\u3000",
        wrap=72,
        body="""
2024年，我校把学生近视防控作为一件实事来抓，全年开展“护眼行动”，学生总体近视率比上年下降1.8个百分点。现将主要工作总结如下。
1.改善教室照明。暑假期间完成全部32间教室的照明改造，黑板灯和课桌面照度全部达到国家标准。
2.建设阅读角灯光。为每个班级的图书角配置一盏可调光的落地灯，灯头可以调整角度，避免光线直射学生眼睛，课间和午读时间由图书管理员负责开关。
3.落实“三个一”。坚持每天两次眼保健操、课间一律离开教室、每周一次视力自测，由班主任每月汇总上报。
4.家校共同防控。开展“家庭护眼灯光”主题家长课堂3场，指导家长在孩子书桌旁合理摆放台灯和落地灯。
下一步，学校将把阅读角落地灯的使用管理纳入班级常规考核，巩固“护眼行动”成果。
夤川县实验小学
2025年1月15日
""",
    ),
    dict(
        slug="intranet-yishui-hotel-minutes-toilet-brushes-oa",
        site="翳水宾馆协同办公平台 (invented, OA document view)",
        style="企业内网",
        genre="会议纪要",
        kind="report",
        form="html",
        source="http://oa.yishuihotel.com/doc/view?id=20250409-033",
        title="客房部卫生间清洁用具专项整改会议纪要",
        record_title="[会签完毕] 客房部卫生间清洁用具专项整改会议纪要｜翳水宾馆OA",
        date="2025-04-08",
        notes="an OA document view: a 流转记录 table, a read count and a mark-as-read button; the minutes' 时间/地点/主持/参会/记录 lines in the body; an IT help line beside the document's own extension; the meeting date is the document's date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>[会签完毕] 客房部卫生间清洁用具专项整改会议纪要｜翳水宾馆OA</title>
<script src="/oa/static/app.js"></script></head>
<body>
<div class="oa-top">⟦m 翳水宾馆协同办公平台⟧　⟦m 当前用户：前厅部 沈禾⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办(3) 已办 公文 通知 制度 通讯录⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<div class="doc-info">⟦m 文档编号：KF-2025-017　密级：内部　已读 47 人⟧　<button>⟦a 本文我已阅⟧</button></div>
<div class="doc-body">
{BODY}
</div>
<table class="flow"><tr><th>⟦m 流转记录⟧</th></tr>
<tr><td>⟦m 04-08 17:20　客房部 邓湘起草⟧</td></tr>
<tr><td>⟦m 04-09 09:05　总经理办公室 审核通过⟧</td></tr>
<tr><td>⟦m 04-09 10:31　分发至各部门⟧</td></tr></table>
</div>
<div class="oa-foot">⟦m 系统使用问题请拨信息部 8008⟧　⟦d 内部资料，严禁截图外传⟧</div>
</body></html>
""",
        body="""
时间：2025年4月8日下午3时
地点：宾馆三楼小会议室
主持：客房部经理 乔以宁
参会：客房部各楼层领班、公共区域保洁主管、采购部 贺晨
记录：客房部 邓湘
针对上周宾客在网络平台反映客房卫生间马桶刷不洁的问题，客房部召开专项整改会议，会议议定以下事项：
一、全部更换客房马桶刷。4月15日前为全部168间客房更换新马桶刷和带沥水底座的刷架，由采购部负责采购，客房部负责验收。
二、实行清洁用具分色管理。红色用具专用于便器，黄色用于洗手台，蓝色用于其他区域，严禁混用。
三、马桶刷每日消毒。客房服务员每日做房时将马桶刷放入消毒液浸泡10分钟，晾干后放回，领班每日抽查不少于10间。
有关事项由客房部负责解释，联系电话：内线6215。
""",
    ),
    dict(
        slug="intranet-changuang-bulletin-floor-lamp-welding",
        site="廛光照明内网 (invented)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.changuang-lighting.com/notice/2025/0520/118",
        title="关于落地灯灯杆焊接质量问题的通报",
        record_date="2025-05-20",
        date="2025-05-20",
        notes="a factory intranet in text: the record gives title and date; a 流转记录 block, a read count and an IT extension below; the notice's own extension in the body; the 文号 line neutral",
        page="""
!m 廛光照明有限公司 · 内部信息门户
!m 首页 > 通知通报 > 质量通报
{T}
!m 发布部门：质量管理部　阅读：213　状态：已归档
廛光质〔2025〕9号
{BODY}
!m 流转记录：05-20 质量部起草 → 05-20 生产副总审核 → 05-21 发各车间
!a 标记已读　｜　导出PDF
!m 内网故障报修：信息中心分机 6600
""",
        body="""
各车间、各部门：
5月16日，质量管理部在成品抽检中发现，第二装配车间生产的LD-320型落地灯有14台灯杆与底座焊接处存在虚焊，轻压灯杆即出现晃动，已全部隔离返工。经调查，原因是当班焊工未按作业指导书要求进行焊前清理，班组长首件检验流于形式。
为严肃质量纪律，公司决定：对当班焊工和班组长予以通报批评，扣减当月质量绩效；第二装配车间本周内对同批次产品全部复检。
请各车间引以为戒，严格执行首件检验和巡检制度，落地灯等立式灯具的灯杆焊接处必须百分之百进行推力试验。
联系人：质量管理部 计婉，分机 6312。
廛光照明有限公司质量管理部
2025年5月20日
""",
    ),
]
