"""holdout351, part B: blogs, WeChat mirrors, document-sharing pages, education sites, intranets.

Written by hand for the blind part holdout351 (see ../README.md and ../build.py for the
markup). Every place, person, firm, site, URL, phone number and chrome line is invented.
"""

CASES = [
    dict(
        slug="blog-tuanzi-essay-old-cat-pet-bed",
        site="团子家的猫屋 (invented, personal blog)",
        style="博客",
        genre="essay",
        kind="other",
        form="html",
        source="https://tuanzimaowu.blog.example-blogs.cn/posts/2025/winter-nest.html",
        title="给老猫缝一个过冬的窝",
        record_title="【喵星人日常】给老猫缝一个过冬的窝 — 团子家的猫屋",
        date=None,
        notes="blog essay: sidebar with tag cloud and archive, comment form; a tip-jar prompt glued after a 。; "
        "a photo caption between paragraphs; relative post time (3 天前) and a 写于 line without a date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>【喵星人日常】给老猫缝一个过冬的窝 — 团子家的猫屋</title>
<link rel="stylesheet" href="/theme/paw/style.css">
<script defer src="/theme/paw/lazyload.js"></script>
</head>
<body>
<header class="site-head">
<p class="site-name">⟦m 团子家的猫屋⟧</p>
<p class="site-desc">⟦m 一只老猫和她的两脚兽，记录慢吞吞的日子⟧</p>
<nav>⟦m 首页 · 猫事 · 手作 · 碎碎念 · 关于⟧</nav>
</header>
<main>
<article>
<h1>{T}</h1>
<div class="post-meta">⟦m 发布于 3 天前 · 分类：手作 · 阅读 614 · 评论 23⟧</div>
<div class="post-body">
{BODY}
<p>写于初雪那晚</p>
</div>
<div class="post-tags">⟦l 标签：老猫 / 宠物窝 / 旧物改造⟧</div>
<div class="post-nav">⟦l « 较早的文章：团子第一次体检⟧ ⟦l 较新的文章：给阳台装了一张猫吊床 »⟧</div>
</article>
<section class="comments">
<h3>⟦l 留下你的脚印（23）⟧</h3>
<div class="c-item">⟦l 橘子汽水：看哭了，我家十二岁的小黑也这样⟧</div>
<div class="c-item">⟦l 松果：求纸箱底座的尺寸！⟧</div>
<form>⟦a 昵称（必填）　邮箱（不公开）　发表评论⟧</form>
</section>
</main>
<aside class="sidebar">
<h4>⟦l 标签云⟧</h4>
<p>⟦l 老猫 手作 体检 猫粮 旧物改造 搬家 猫砂⟧</p>
<h4>⟦l 文章归档⟧</h4>
<ul><li>⟦l 2025年12月（3）⟧</li><li>⟦l 2025年11月（5）⟧</li><li>⟦l 2025年10月（4）⟧</li></ul>
</aside>
<footer>⟦d 本站文字与照片均为原创，转载请先留言打个招呼。⟧ ⟦m 由 Hexo 驱动 · 主题 Paw⟧</footer>
<script>lazyload();</script>
</body>
</html>
""",
        body="""
家里的老猫团子今年十四岁了。入冬以后，它总爱往暖气片旁边挤，有一回把背上的毛都烫卷了。我想，该给它做一个像样的窝了。
网上卖的宠物窝看了不少，不是太软就是太小。团子腿脚不灵便，跳不上高边的窝，太软的垫子它趴下去又站不起来。于是我翻出家里一件旧羽绒服和半床旧棉被，决定自己动手。
做法其实很简单：用硬纸箱剪出一个低矮的底座，前面开一个只有五厘米高的口子，方便它迈进去；底部铺两层旧棉被，再把羽绒服的内胆拆下来缝成一个圆形软垫；外面罩上一块洗干净的灯芯绒布，边角用针线缝牢。前后忙了两个晚上。
⟦m ［图］团子在新窝里打盹，尾巴还露在外面⟧
窝做好后，我把它放在阳台朝南的角落。团子先是绕着窝嗅了半天，然后慢慢踩进去，转了两圈，蜷成一团睡着了。⟦a 看得暖心就投喂一根猫条吧（打赏）⟧
那天晚上，我在窝边坐了很久。它陪了我十四年，我能为它做的，也就是让它的每个冬天都暖和一点。
""",
    ),
    dict(
        slug="blog-diaosou-memoir-goose-quill-float-wrapped",
        site="澭河钓叟的博客 (invented)",
        style="博客",
        genre="memoir",
        kind="other",
        form="text",
        source="http://blog.yonghediaosou.cn/article/20250417/96.html",
        title="父亲的鹅毛漂",
        record_title="【钓事旧忆】父亲的鹅毛漂 - 澭河钓叟的博客 - 博文频道",
        date=None,
        notes="blog memoir hard-wrapped at 52 columns; relative post stamp (2 周前) is no date; tags, prev/next, "
        "comments",
        page="""
!m 澭河钓叟的博客
!m 一根竿，一条河，半辈子
!m 首页 | 钓事 | 旧事 | 留言板
{T}
!m 2 周前　分类：旧事　阅读(402)　评论(9)
{BODY}
!l 标签：鹅毛漂 澭河 父亲
!l 上一篇：澭河的冬钓
!l 下一篇：第一次参加镇上的钓鱼赛
!l 评论（9）　河湾小渔：我爷爷也做过这种漂！
!m 本博客由 钓叟 维护　Powered by Z-Blog
""",
        indent="\u3000\u3000",
        wrap=52,
        body="""
父亲年轻时是澭河边出了名的钓鱼好手，他用的鱼漂都是自己做的，最常用的是鹅毛漂。
每年秋天，村里人家杀鹅，父亲就去讨几根翅膀上的长羽毛。他把羽毛上的绒毛一点点撕干净，只留中间那根羽管，截成一拃来长，放在灶台边慢慢烘干。羽管一头用蜡封住，另一头插进一截削细的竹签当漂脚，再用母亲纳鞋底的棉线缠紧。最后，他用红漆在羽管顶端点上三道，一支鹅毛漂就做成了。
鹅毛漂轻巧灵敏，鱼稍一碰，漂尖就往下一顿。小时候我跟着父亲去河边，他让我盯着漂，说看漂就是看鱼的心思。我总是盯不住，一会儿看天上的鸟，一会儿看水里的云，等回过神来，鱼饵早被吃光了。
如今父亲八十多了，早已拿不动钓竿。前些天我回老家，在他床头的木匣子里看见了十几支鹅毛漂，红漆褪成了淡粉色，却一支也没坏。
""",
    ),
    dict(
        slug="wechat-mengchong-article-pet-bowl-materials",
        site="公号拾遗阁 (invented WeChat mirror) / 萌宠健康说 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="article",
        form="html",
        source="https://gzh.shiyige.cn/a/mengchongjiankang/20250814/3.html",
        title="宠物碗这三种材质，选错了可能伤到毛孩子",
        record_title=None,
        date="2025-08-14",
        notes="WeChat mirror: no record title (found in the <h1>); 原创 tag and account line (the page's date); "
        "a follow prompt glued before the first words; 在看/阅读原文/赞赏 rows; the mirror's archive note",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>公号拾遗阁 - 萌宠健康说</title>
<script src="https://gzh.shiyige.cn/static/mirror.js"></script>
</head>
<body>
<div class="mirror-bar">⟦m 公号拾遗阁｜好文章不怕删⟧ <a href="/">⟦m 返回首页⟧</a> <a href="/u/mengchongjiankang">⟦m 本号全部文章⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创⟧ ⟦m 萌宠健康说 2025年8月14日 20:30 浤州⟧</div>
<div id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，预约爱宠医院门诊⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 7803⟧　⟦a 赞 216⟧　⟦a 在看 58⟧</div>
<div class="reward">⟦a 喜欢作者，请他喝杯咖啡（赞赏）⟧</div>
</div>
<div class="mirror-note">⟦d 本页为公号拾遗阁抓取的镜像存档，版权归原公众号所有，如需删除请联系 gzh@shiyige.cn⟧</div>
<div class="mirror-more"><h4>⟦l 该号近期文章⟧</h4>
<p>⟦l 猫咪下巴长黑头，先别急着挤⟧</p>
<p>⟦l 夏天狗狗一天喝多少水才够⟧</p></div>
<script>Mirror.track("mengchongjiankang");</script>
</body>
</html>
""",
        p_html='<section><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“萌宠健康说”，每周三陪你聊养宠⟧很多主人给猫狗挑碗时，只看颜值和价格，却忽视了材质。作为浤州市爱宠动物医院的医生，我们每个月都会接诊几例与食碗有关的皮肤或口腔问题。今天就来说说常见宠物碗的三种材质。
第一种是塑料碗。价格便宜、重量轻，但表面容易划伤，细小划痕里会藏细菌。部分猫咪下巴上反复出现的黑头，就可能与长期使用塑料碗有关。
第二种是陶瓷碗。表面光滑、不易滋生细菌，分量重不容易打翻，比较适合猫咪和小型犬。但要选择釉面完整、来源可靠的产品，出现裂纹就要及时更换。
⟦m ▲ 图片来源：爱宠动物医院门诊实拍⟧
第三种是不锈钢碗。耐摔、耐高温，清洗方便，适合大型犬和活泼好动的宠物。建议选择标注食品级304不锈钢的碗。
无论哪种材质，宠物碗都要每天清洗，每周用开水烫洗一次。家里有多只宠物的，最好一宠一碗，减少疾病传播。
如果您的毛孩子下巴或嘴角反复红肿，请及时带到医院检查。
""",
    ),
    dict(
        slug="wechat-youshui-agri-pledge-greenhouse-film",
        site="微文集 (invented WeChat mirror) / 浟水农业农村 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.weiwenji.net/youshuinongye/2025-04-10/1.html",
        title="关于规范处置废旧大棚膜的倡议书",
        record_title="关于规范处置废旧大棚膜的倡议书 ▏浟水农业农村（微文集转存）",
        date="2025-04-08",
        date_also=["2025-04-10"],
        notes="WeChat mirror as text: a star prompt glued before the salutation; 成文日期 in Chinese numerals "
        "under the signature, the account's date differs; a sentence asks readers to share the pledge (content)",
        page="""
!m 微文集 · 公众号文章收藏馆
!t 关于规范处置废旧大棚膜的倡议书 ▏浟水农业农村（微文集转存）
!m 浟水农业农村　2025-04-10 18:05　发表于湖南
{BODY}
!a ↓↓↓ 阅读原文　|　点亮在看　|　转发给朋友
!m 浟水农业农村 微信号：ysnync_2016
!d 微文集收录的文章仅作备份浏览，著作权属原作者，侵删。
!l 本号历史文章：春耕农资购买提醒｜设施蔬菜冬春管理技术要点
""",
        indent="\u3000\u3000",
        body="""
⟦a 设为星标，农事提醒第一时间到⟧广大种植户朋友们：
大棚膜为我们的蔬菜瓜果遮风挡雨，是设施农业增产增收的好帮手。但一些旧膜换下后被随手丢在田边沟渠，风一吹挂满树梢，埋进土里上百年也难以降解；还有人图省事一把火烧掉，既污染空气，又容易引发火灾。为此，我们向全县种植户发出如下倡议：
一、旧膜不乱丢。换下的大棚膜要及时收拢、清除泥土，捆扎整齐后送到村里的暂存点。
二、旧膜不焚烧。焚烧农膜会产生有毒气体，违反大气污染防治有关规定，请大家自觉抵制。
三、新膜选好膜。购买新膜时请选择厚度达标、标识齐全的产品，不买超薄膜和再生料膜。
四、人人当宣传员。请把这份倡议分享给身边的种植户，共同守护我们的青山绿水。
浟水县农业农村局
二〇二五年四月八日
""",
    ),
    dict(
        slug="docshare-gongxiang-request-phone-stands-windows",
        site="共享文档汇 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.gongxiangwdh.com/doc/5502918.html",
        title="关于为政务服务大厅窗口配置手机支架的请示",
        record_title="关于为政务服务大厅窗口配置手机支架的请示（Word原文·下载即改）- 共享文档汇",
        record_date="2025-07-03",
        date="2025-07-03",
        notes="sharing page: file-info box, upload notice, points lock, a service WeChat; the request's own "
        "联系人/电话 beside the site's service line; record date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>关于为政务服务大厅窗口配置手机支架的请示（Word原文·下载即改）- 共享文档汇</title>
<link rel="stylesheet" href="/static/gxw/doc.css">
<script src="/static/gxw/doc.js"></script>
</head>
<body>
<div class="gx-head">⟦m 共享文档汇 — 你写过的，也许别人正需要⟧ <a>⟦a 上传文档赚积分⟧</a> <a>⟦a 登录 · 新用户注册⟧</a></div>
<div class="gx-crumb">⟦m 共享文档汇 ＞ 行政公文 ＞ 请示报告⟧</div>
<div class="gx-doc">
<h1>{T}</h1>
<table class="gx-info">
<tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 大小：21.6KB⟧</td><td>⟦m 页数：2⟧</td></tr>
<tr><td>⟦m 分享者：Y***7⟧</td><td>⟦m 下载次数：133⟧</td><td>⟦m 评分：4.7⟧</td></tr>
</table>
<div class="gx-view">
{BODY}
</div>
<div class="gx-lock">⟦a 签到满7天送20积分，积分够了就能下载这份文档⟧</div>
<div class="gx-act"><a>⟦a 下载（需5积分）⟧</a> <a>⟦a 存到我的收藏⟧</a> <a>⟦a 投诉⟧</a></div>
</div>
<div class="gx-side">
<p>⟦l 同分类热门：关于增设自助服务终端的请示⟧</p>
<p>⟦l 同分类热门：关于政务大厅适老化改造的请示⟧</p>
<p>⟦w 文档问题请加客服微信：gxwdh_kefu⟧</p>
</div>
<div class="gx-foot">
<p>⟦d 文档内容由分享者上传并对其负责，本站不对其真实性、合法性作任何保证。⟧</p>
<p>⟦m 共享文档汇 gongxiangwdh.com　苏ICP备22031905号⟧</p>
</div>
</body>
</html>
""",
        body="""
县政务服务和大数据中心：
今年以来，我局窗口推行“视频帮办”和“掌上预审”服务，群众通过手机视频连线即可由窗口人员远程指导填表。由于窗口没有固定手机的设备，工作人员只能一手举手机、一手翻材料，既影响效率，也不便于留存视频记录。
⟦d 预览由系统自动转换，版式可能与原文档有出入⟧
为此，我们申请为政务服务大厅12个综合窗口各配置桌面手机支架1个，并为帮办专区配置落地式直播支架2套，所需经费约3800元，拟从我局办公经费中列支。
妥否，请批示。
联系人：综合科　戚闻笛，电话：0739-6602175
淩川县人力资源和社会保障局
2025年7月3日
""",
    ),
    dict(
        slug="docshare-yeyetong-rules-pet-bed-sewing-docx",
        site="页页通文档 (invented)",
        style="文档分享",
        genre="规定/制度",
        kind="rules",
        form="text",
        source="https://yeyetong.com.cn/view/20250918/44120.html",
        title="宠物窝缝制车间质量管理制度",
        record_title="宠物窝缝制车间质量管理制度.docx",
        date=None,
        notes="file-name record title; page markers ⯚ 第n页 ⯛ on lines of their own cutting articles; 第N条 "
        "articles; only an effective clause, no date",
        page="""
!m 页页通文档｜随时随地看文档
!m 首页 > 企业管理 > 规章制度
!t 宠物窝缝制车间质量管理制度.docx
!m 分享于 2025-09-18　　4页　　1.2万次阅读
!d 温馨提示：本文档由网友分享，页页通仅提供预览，若涉及侵权请点击“申诉”。
{BODY}
!a 预览到此为止，全文共4页，登录后下载原文
!l 相似文档：缝纫车间安全操作规程｜成品检验管理办法｜原材料进厂检验制度
!m 页页通文档 yeyetong.com.cn
""",
        pages=dict(fmt="⯚ 第{n}页 ⯛", every=120, start=2),
        body="""
第一条　为规范宠物窝缝制车间生产管理，保证产品质量，结合本公司实际，制定本制度。
第二条　本制度适用于缝制车间裁剪、缝纫、填充、包装各工序。
第三条　面料、填充棉进厂须经质检员抽检，查验检测报告和合格证，甲醛含量、色牢度不合格的一律退回，不得投入生产。
第四条　裁剪工序应按样板下料，误差不超过2毫米；缝纫针距每3厘米不少于10针，接缝处不得有跳针、断线。
第五条　填充工序须称重作业，每个宠物窝的填充量与标准量偏差不超过5%，填充后应拍打均匀，不得结块。
第六条　每批产品完工后，由质检员按5%的比例抽检，抽检不合格的整批返工，并记入质量台账。
第七条　本制度由生产部负责解释，自发布之日起施行。
""",
    ),
    dict(
        slug="edu-weishan-notice-microlesson-phone-stands",
        site="峗山县教育体育局 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.weishan.gov.cn/tzgg/202509/t20250904_3318.html",
        title="关于为乡村学校配备微课录制手机支架的通知",
        record_title="〖局机关发文〗关于为乡村学校配备微课录制手机支架的通知 · 峗山教育",
        date="2025-09-02",
        date_also=["2025-09-04"],
        notes="education bureau: 适老/读屏 links, attachment download links beside the notice's 附件 list, the "
        "notice's own contact and mailbox beside the site's technical-support line; a sentence about "
        "downloading a guide (content); posting date differs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>〖局机关发文〗关于为乡村学校配备微课录制手机支架的通知 · 峗山教育</title>
<script src="/js/wsjy-common.js"></script>
</head>
<body>
<div class="top">⟦m 峗山县教育体育局　立德树人　办好人民满意的教育⟧ <span>⟦a 关怀模式⟧</span> <span>⟦a 屏幕朗读⟧</span></div>
<div class="nav">⟦m 首页｜机构概况｜通知公告｜教育动态｜招生考试｜政务公开⟧</div>
<div class="pos">⟦m 位置：首页 ＞ 通知公告⟧</div>
<div class="art">
<h1>{T}</h1>
<p class="info">⟦m 发布者：县教育装备站　发布日期：2025年09月04日　点击数：1187⟧</p>
<div class="txt">
{BODY}
</div>
<div class="fj">
<p>⟦a 附件1：乡村学校微课录制设备配备名单.xlsx（点击下载）⟧</p>
<p>⟦a 附件2：设备需求汇总表.docx（点击下载）⟧</p>
</div>
<div class="prn">⟦a 【打印本稿】【关闭窗口】⟧</div>
</div>
<div class="foot">
<p>⟦m 峗山县教育体育局主办　地址：峗山县嶟岭路88号⟧</p>
<p>⟦m 网站技术支持：峗山县教育信息中心　0739-5510000⟧</p>
<p>⟦m 湘ICP备10006627号-2⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校：
为推进乡村学校教师开展微课录制和线上教研，县教育体育局决定为全县乡村学校配备一批微课录制设备。现将有关事项通知如下。
一、配备范围和标准
全县32所乡村小学和教学点，按每6名教师1套的标准配备，每套包括可伸缩桌面手机支架1个、补光灯1盏、领夹麦克风1只，共配备186套。
二、工作安排
各学校于9月20日前填写《设备需求汇总表》，10月中旬由县教育装备站统一配送到校。学校可在“峗山智慧教育”平台下载微课录制操作指南，组织教师学习使用。
三、有关要求
设备到校后要登记入册，专人管理，不得挪作他用。
联系人：县教育装备站　阙思远，电话：0739-5513062，邮箱：wszbz@163.com
附件：1.乡村学校微课录制设备配备名单
2.设备需求汇总表
峗山县教育体育局
2025年9月2日
""",
    ),
    dict(
        slug="edu-pingxi-plan-pet-corner-decimal",
        site="泙溪教育网 (invented)",
        style="教育门户",
        genre="方案",
        kind="plan",
        form="text",
        source="http://www.pxjyw.cn/xydt/2025/0305/1642.html",
        title="泙溪县实验小学“爱宠角”劳动实践活动方案",
        record_title="泙溪县实验小学“爱宠角”劳动实践活动方案（附轮值安排）- 校园资讯 - 泙溪教育网",
        date="2025-03-03",
        notes="education site as text: decimal headings 1–3.2; a 投稿 line and hits; 成文日期 under the "
        "signature",
        page="""
!m 泙溪教育网　　泙溪县教育局主管
!m 首页 → 校园资讯 → 德育活动
{T}
!m 投稿单位：实验小学　责任编辑：姚素心　点击：233
!a 〈收藏〉〈打印〉〈字号：大 中 小〉
{BODY}
!l 上一条：实验小学开展春季研学安全教育
!l 下一条：城关二小举行“红领巾小农场”开园仪式
!m 泙溪教育网版权所有　技术维护：泙溪县电教馆
""",
        body="""
为落实劳动教育要求，培养学生的责任意识和关爱生命的情感，学校决定在校园生物角设立“爱宠角”，饲养兔子、乌龟等小动物，由学生轮流照料。特制定本方案。
1 活动目标
1.1 让学生掌握喂养、清洁等基本劳动技能。
1.2 培养学生坚持做好一件事的耐心和责任心。
2 活动安排
2.1 三至六年级每班每周轮值一天，每次安排4名学生。
2.2 轮值学生负责添加饲料和清水，清洗宠物碗和饮水器，清理笼舍。
2.3 宠物碗每天放学前用清水刷洗，每周五用开水烫洗一次，晾干后放回原处。
3 安全要求
3.1 学生接触小动物后必须用洗手液洗手。
3.2 发现小动物精神不振、不吃食，要立即报告科学老师。
泙溪县实验小学
2025年3月3日
""",
    ),
    dict(
        slug="oa-lvdun-minutes-greenhouse-film-additive",
        site="绿盾数字办公 (invented intranet of 浤州绿盾农膜有限公司)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.lvdunnm.local/doc/view?id=20251017008",
        title="关于三层共挤大棚膜开口剂析出问题的质量分析会纪要",
        record_title="〔质量会签〕关于三层共挤大棚膜开口剂析出问题的质量分析会纪要 - 绿盾数字办公",
        date="2025-10-16",
        notes="OA document view: 流转记录, read counts and an acknowledge button; the 时间/地点/主持/参会/记录 "
        "lines and a vote count; the meeting's 时间 line is the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量会签〕关于三层共挤大棚膜开口剂析出问题的质量分析会纪要 - 绿盾数字办公</title>
<script src="/oa/js/ld-oa.bundle.js"></script>
</head>
<body class="oa">
<div class="oa-top">⟦m 绿盾数字办公⟧ ⟦m 当前用户：质检部 喻晴⟧ <a>⟦a 退出登录⟧</a></div>
<div class="oa-menu">⟦m 待办(4)　已办　公文　会议　知识库　通讯录⟧</div>
<div class="oa-doc">
<div class="oa-doc-head">⟦m 文档类别：会议纪要　密级：内部　编号：LD-ZL-2025-031⟧</div>
<h2>{T}</h2>
<div class="oa-doc-body">
{BODY}
</div>
<div class="oa-read">⟦m 已阅 27 人 / 未阅 3 人⟧ <button>⟦a ✔ 阅毕签收⟧</button> <button>⟦a 转办他人⟧</button></div>
<div class="oa-flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 10-17 09:12　喻晴　起草⟧</p>
<p>⟦m 10-17 10:40　黎望川　审核通过⟧</p>
<p>⟦m 10-17 11:05　办公室　分发至各部门⟧</p>
</div>
</div>
<div class="oa-foot">⟦m 浤州绿盾农膜有限公司 信息部维护　IT服务电话 分机 8010⟧</div>
</body>
</html>
""",
        body="""
时间：2025年10月16日下午2:30
地点：公司三楼第二会议室
主持：副总经理　黎望川
参会：生产部、技术部、质检部、销售部负责人及吹膜车间班组长
记录：质检部　喻晴
会议听取了技术部关于9月份三层共挤大棚膜开口剂析出问题的调查情况汇报。经分析，问题批次的主要原因是新换供应商的开口剂母粒分散性差，加上吹膜温度偏低，导致膜面出现白色析出物，透光率下降约4个百分点。会议议定以下事项：
一、问题批次共计18.6吨，由销售部逐一联系客户，按新膜免费更换。
二、技术部10月底前完成开口剂母粒比对试验，确定替换方案。
三、质检部将开口剂析出检测纳入出厂必检项目。
四、会议对是否暂停与该母粒供应商的合作进行表决，应到9人，实到9人，同意8票，弃权1票，决定自即日起暂停合作。
""",
    ),
    dict(
        slug="oa-nuanchao-report-pet-bed-filling",
        site="暖巢宠物用品 OA (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://192.168.20.8/oa/gw/2025/1121-02.html",
        title="关于宠物窝填充棉甲醛超标问题的处理通报",
        date="2025-11-21",
        notes="record title as is; intranet text view: the notice's own 内线 beside the IT help desk line; "
        "read count, circulation and acknowledge lines; 成文日期 under the signature",
        page="""
!m 暖巢宠物用品 · 内部办公系统
!m 公文管理 / 收文 / 通报
{T}
!m 发文部门：品控部　　签发：总经理　阮栖梧　　阅读 46 次
!a [确认已阅]　[下载正文]　[转发]
{BODY}
!m 传阅记录：11-21 行政部已阅　11-21 生产部已阅　11-22 采购部已阅
!m 系统故障请拨IT服务台：分机 8000
""",
        indent="\u3000\u3000",
        body="""
各部门、各车间：
11月14日，公司送检的一批宠物窝成品经第三方检测，填充棉甲醛含量超出企业标准限值，涉及“云朵”系列宠物窝1260个，目前均未出厂。经品控部调查，原因是采购部未按规定对新供应商的填充棉进行进厂检验，仓库未核对检测报告即办理入库。
为严肃质量纪律，经公司研究，决定：
一、对采购部当事人罗明轩给予通报批评，扣发当月绩效奖金；对仓库管理员给予书面警告。
二、涉事1260个宠物窝全部拆除填充棉，更换合格材料后重新检测，合格后方可出厂。
三、各部门要举一反三，凡新供应商的原材料，一律先检验后入库。
联系人：品控部　尤嘉禾，内线8306
浤州暖巢宠物用品有限公司
2025年11月21日
""",
    ),
]
