"""holdout365, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网. Invented text; see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="blog-yanxiadeng-flosser-father-typecho",
        site="檐下灯 (invented, Typecho-like personal blog)",
        style="博客",
        genre="散文",
        kind="other",
        form="html",
        source="https://yanxiadeng.me/archives/412/",
        title="我给父亲买冲牙器的那个冬天",
        record_title="我给父亲买冲牙器的那个冬天 - 家常絮语 - 檐下灯",
        date="2025-02-17",
        notes="Typecho-like blog: calendar, tag cloud, archive, comment form; the bracketed post time is the page's date; a tip-jar line glued after a sentence",
        page="""
<!DOCTYPE HTML>
<html>
<head>
<meta charset="UTF-8">
<title>我给父亲买冲牙器的那个冬天 - 家常絮语 - 檐下灯</title>
<link rel="stylesheet" href="https://yanxiadeng.me/usr/themes/lamp/style.css">
<script src="https://yanxiadeng.me/usr/themes/lamp/lamp.js"></script>
</head>
<body>
<header id="header">
<a id="logo" href="/">⟦m 檐下灯⟧</a>
<p class="description">⟦m 一盏小灯，照些家常⟧</p>
<nav>⟦m <a href="/">首页</a> <a href="/about.html">关于我</a> <a href="/links.html">邻居们</a>⟧</nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta">⟦m [2025-02-17 21:04]　分类：家常絮语　阅读(318)　评论(12)⟧</ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：父亲 / 冲牙器 / 回家过年⟧</p>
</article>
<ul class="post-near">
<li>⟦l 上一篇：腊月里的那锅米酒⟧</li>
<li>⟦l 下一篇：母亲的缝纫机修好了⟧</li>
</ul>
<div id="comments">
<h3>⟦l 已有 12 条评论⟧</h3>
<ol>
<li>⟦l 青柠：看哭了，明天就给我爸也买一个。⟧</li>
<li>⟦l 老K：漏水可能是密封圈的问题，换一个就好。⟧</li>
</ol>
<form id="comment-form">⟦a 称呼（必填）　邮箱（必填）　网站　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section>⟦l 二〇二五年二月　日 一 二 三 四 五 六⟧</section>
<section><h3>⟦l 标签云⟧</h3>⟦l 家常　读书　老屋　旅行　父亲　厨房⟧</section>
<section><h3>⟦l 归档⟧</h3><ul><li>⟦l 2025年2月 (4)⟧</li><li>⟦l 2025年1月 (6)⟧</li><li>⟦l 2024年12月 (3)⟧</li></ul></section>
</aside>
<footer id="footer">⟦d 本站文字均为原创，转载请先留言⟧　⟦m © 2025 檐下灯 · 由 Typecho 驱动⟧</footer>
</body>
</html>
""",
        body="""
父亲今年七十三岁，牙不好是老毛病。前年拔了两颗后槽牙，剩下的牙缝越来越大，吃一顿饭要剔好几回牙。
去年冬天回家前，我在网上给他买了一台冲牙器。他看了半天说明书，嘟囔一句“花这冤枉钱”，就把盒子塞进了柜子顶上。
腊月二十八那天晚上，我把冲牙器拿出来，加满温水，先给自己冲了一遍给他看，又把水压调到最低一档，让他张嘴试试。水一冲进牙缝，他“哎哟”一声，接着就笑了，说还真冲出东西来了。
那几天，他每天晚饭后都要冲一次，还拉着我妈一起用，说比牙签强多了。我回城前，他让我把说明书上的字抄大一点，贴在卫生间的墙上。⟦a 喜欢这篇就给灯添点油吧 ☕ 赞赏作者⟧
前几天打电话，他说冲牙器的水箱有点漏水，问我能不能修。我说再给他买一台新的，他说不用，修修还能用。电话那头，我好像又看见他站在卫生间里，对着镜子认真冲牙的样子。
""",
    ),
    dict(
        slug="blog-luyuan-roadtrip-mounts-wrapped-56",
        site="路远的自驾博客 (invented)",
        style="博客",
        genre="博客文章",
        kind="other",
        form="text",
        source="http://luyuan.blog.zijiaquan.com/post/20250611_0093.html",
        title="自驾西北一万公里，车载支架坏了两个",
        record_title="【自驾手记】自驾西北一万公里，车载支架坏了两个 - 路远的自驾博客",
        date=None,
        notes="blog text hard-wrapped at 56 columns with an indent; an update stamp and a relative time are no dates; a map-widget line between paragraphs",
        page="""
!m 路远的自驾博客 · 车轮上的日子
!m 博客首页 | 自驾线路 | 装备杂谈 | 留言本
!t 【自驾手记】自驾西北一万公里，车载支架坏了两个
!m 分类：装备杂谈　　更新于 3 周前　　阅读 906
{BODY}
!l 本文标签：自驾　西北环线　车载支架　装备
!l 下一篇：高原上的车载冰箱到底值不值
!a 评论（23）　｜　转载到我的博客　｜　订阅本博
!m 路远的自驾博客 © 2013-2025　托管于 自驾圈博客
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
今年五月，我和爱人开着家里那辆开了八年的车，从骛城出发往西北走，一圈下来跑了一万零四百公里。回来整理照片，发现这一路除了风景，印象最深的居然是车载支架。
出发时装的是出风口支架。到了戈壁，白天车里开着空调，出风口冷，挡风玻璃下面晒得发烫，第三天夹子就裂了，手机掉进了换挡杆旁边的缝里。
⟦l 〔路线图〕骛城—敦煌—茶卡—西宁环线，点开看全程轨迹⟧
在县城的汽配店买了第二个，吸盘贴在挡风玻璃上。高原上昼夜温差大，早上一发动车，吸盘“啪”地一声掉下来，连试了几次都吸不住。
第三个是仪表台上的粘贴式支架，底座用的是厚胶垫。店老板说这种在高原上最皮实，果然一路颠到终点都没松动。
回来后我总结了一句话：长途自驾，支架别图便宜，装的位置既不能挡视线，也别挡住安全气囊。导航设好再出发，真要看手机就找个地方停车。手机放稳了，人才能安心看路。
""",
    ),
    dict(
        slug="wechat-wucheng-dental-flosser-h1-star-prompt",
        site="微镜存档 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://weijingcd.com/s/wcky/2025/04/09/8817203.html",
        title="冲牙器能代替刷牙吗？口腔科医生一次说清楚",
        record_title=None,
        date="2025-04-09",
        notes="WeChat mirror: no title in the record, found in the <h1>; a star prompt before the first words; account line date; 在看/阅读原文 rows and the mirror's archive note; a review line glued after the last paragraph",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>微镜存档 - 公众号文章备份</title>
<meta name="referrer" content="never">
<script src="/assets/wj-mirror.js"></script>
</head>
<body>
<div class="wj-bar">⟦m 微镜存档 · 替你留住每一篇好文章⟧ <a href="/">⟦a 返回存档首页⟧</a></div>
<div id="js_article" class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　宣传科　骛城市口腔医院　2025-04-09 08:30　湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别二维码，预约口腔科专家号⟧</div>
<div class="tool">⟦a 阅读原文　｜　分享　｜　点个在看⟧</div>
<div class="reads">⟦m 阅读 1.6万　在看 203⟧</div>
</div>
<div class="wj-note">⟦d 本页由微镜存档自动备份，版权归原公众号所有，如需删除请发邮件至 takedown@weijingcd.com⟧</div>
<div class="wj-more">⟦l 该公众号的其他存档：牙龈出血不是上火　｜　孩子换牙期的五个误区⟧</div>
</body>
</html>
""",
        p_html='<section style="margin:0 8px;"><p style="line-height:1.75;">{}</p></section>',
        body="""
⟦a 点击上方蓝字“骛城口腔”，设为星标不迷路⟧最近门诊里，常有患者问：“医生，我买了冲牙器，是不是就不用刷牙了？”答案是：不能。
冲牙器是用脉冲水流冲洗牙缝和牙龈沟，清除嵌在里面的食物残渣，对戴牙套、做过种植牙和牙缝较大的人很有帮助。但它冲不掉牙面上黏着的软垢，真正去除牙菌斑还要靠刷牙。
正确的做法是“先刷后冲”：早晚用软毛牙刷按巴氏刷牙法刷够两分钟，晚上刷完再用冲牙器冲一遍牙缝。
使用时有三点要注意：一是水压从低档开始，牙龈敏感的人不要一上来就用最高档；二是水箱里用温水，不要加漱口水以外的东西；三是喷头三到六个月更换一次，家人之间不要混用。
如果冲牙时牙龈持续出血或者疼痛，可能已经有了牙周问题，建议到口腔科检查，不要自己硬扛。⟦m 文字：宣传科　审核：牙周科副主任医师甄慕远⟧
""",
    ),
    dict(
        slug="wechat-heyang-scjg-bouncy-tips-record-date",
        site="号外存档站 (invented WeChat mirror, text)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="text",
        source="http://haowaicd.net/a/hyscjg/20250528_003.html",
        title="家长注意！这几类跳跳球别给孩子买",
        record_title="家长注意！这几类跳跳球别给孩子买——转自公众号「壑阳市监」",
        record_date="2025-05-28",
        date="2025-05-28",
        notes="record date and decorated record title; account line; follow prompt before the article; 关注 and a hotline as content; a like row and the mirror's note below",
        page="""
!m 号外存档站｜公众号好文不丢失
!t 家长注意！这几类跳跳球别给孩子买
!m 壑阳市监　2025年5月28日 17:45　湖南
!a ☝ 点上方“壑阳市监”，第一时间收到消费提示
{BODY}
!a 👍 赞　　💬 写留言　　🔁 转给家人
!m 阅读 8941
!d 号外存档站仅作备份与检索之用，文章版权归原作者，如有异议请联系 bak@haowaicd.net 删除
!l 本号近期存档：“618”网购七个提醒 ｜ 电动自行车充电器怎么选
""",
        body="""
六一儿童节快到了，不少家长会给孩子买跳跳球。县市场监管局提醒，选购时要避开以下几类产品。
一是没有警示标识的小号球。直径小于44.5毫米的跳跳球属于“小球”，3岁以下儿童容易误吞，正规产品应当标注“含小球，不适合3岁以下儿童”。
二是气味刺鼻的透明球。部分水晶跳跳球为了增加弹性和透明度违规添加增塑剂，拿在手里有明显的塑料味，最好不要买。
三是内置电池的闪光球。有的发光跳跳球电池仓没有螺丝固定，摔几次就能打开，纽扣电池一旦被孩子吞下，后果十分严重。
四是“三无”散装球。没有厂名、厂址和执行标准的产品，出了问题很难追责。
家长如发现问题产品，可拨打12315投诉举报。关注“壑阳市监”公众号，在对话框回复“玩具”，即可查看我县今年儿童玩具抽查结果。
""",
    ),
    dict(
        slug="docshare-wenjianxia-mount-contract-template-docx",
        site="文件匣 (invented document-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wenjianxia.com/doc/hetong/3318760.html",
        title="车载手机支架采购合同（范本）",
        record_title="车载手机支架采购合同（范本）.docx",
        date=None,
        notes="file-name record title; a contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; sharing page with a file-info box, a points lock and a service WeChat; upload stamp is no date",
        page="""
<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>车载手机支架采购合同（范本）.docx - 文件匣</title>
<script src="/static/wjx/app.3f2c.js"></script>
</head>
<body>
<div class="wjx-head"><a href="/">⟦m 文件匣 · 好文件装进匣子里⟧</a> <span>⟦a 登录 / 注册领30匣币⟧</span></div>
<div class="wjx-crumb">⟦m 文件匣 ＞ 合同协议 ＞ 采购合同⟧</div>
<div class="wjx-file">
<h1>{T}</h1>
<table class="finfo">
<tr><td>⟦m 文件格式：DOCX⟧</td><td>⟦m 文件大小：36.2KB⟧</td></tr>
<tr><td>⟦m 上传时间：2025-03-30⟧</td><td>⟦m 匣主：合同小管家⟧</td></tr>
</table>
</div>
<div class="wjx-preview">
{BODY}
</div>
<div class="wjx-lock">⟦a 🔒 签到满7天或支付5匣币，即可下载可编辑原件⟧</div>
<div class="wjx-btns"><a>⟦a 一键取回电脑⟧</a> <a>⟦a 存进我的匣子⟧</a></div>
<div class="wjx-kf">⟦w 合同定制、条款审改请扫码加客服微信：wjx_kefu07⟧</div>
<div class="wjx-rel"><h4>⟦l 同匣推荐⟧</h4>
<p>⟦l 汽车用品代理销售合同.docx⟧</p>
<p>⟦l 车载充电器购销协议（通用版）.doc⟧</p>
</div>
<div class="wjx-foot">⟦d 匣内文件由用户自行上传，仅供参考，使用前请咨询专业律师⟧ ⟦m 粤ICP备23031877号⟧</div>
</body>
</html>
""",
        body="""
甲方（采购方）：××××××有限公司
乙方（供货方）：××××××有限公司
甲乙双方根据《中华人民共和国民法典》及有关规定，经平等协商，就甲方向乙方采购车载手机支架事宜达成如下条款，以资共同遵守。
第一条　产品名称、规格和数量。产品名称为车载手机支架，型号＿＿＿＿，数量＿＿＿＿个，单价＿＿＿＿元，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求。乙方提供的产品应符合国家有关标准，支架夹持牢固，在正常行驶颠簸条件下不松脱，所用材料无刺激性气味。
第三条　交货时间和地点。乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至甲方指定地点××××，运输费用由乙方承担。
第四条　验收。甲方收货后＿＿日内按照本合同约定进行验收，抽检比例不低于＿＿%。验收不合格的，乙方应在＿＿日内无偿更换。
第五条　付款方式。验收合格后＿＿个工作日内，甲方凭乙方开具的合法发票支付全部货款。
第六条　违约责任。乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金；甲方逾期付款的，按同样标准承担违约责任。
第七条　争议解决。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
第八条　本合同一式＿＿份，甲乙双方各执＿＿份，自双方签字盖章之日起生效。
甲方（盖章）：　　　　乙方（盖章）：
代表人签字：　　　　代表人签字：
＿＿＿＿年＿＿月＿＿日　　　　＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-xiangyun-flosser-request-doc-markers-mix",
        site="享云文档 (invented document-sharing site, text)",
        style="文档分享",
        genre="请示",
        kind="notice",
        form="text",
        source="https://doc.xiangyun8.com/d/20250421/77104.html",
        title="关于为社区卫生服务中心口腔科购置冲牙器示教设备的请示",
        record_title="关于为社区卫生服务中心口腔科购置冲牙器示教设备的请示.doc",
        date="2025-04-15",
        notes="file-name record title; a converted preview cut by page markers glued (with a space) to the continuation line; the request's own 联系人/电话 beside the site's service line; 成文日期 under the signature",
        page="""
!m 享云文档　xiangyun8.com
{T}
!m 分享人：小饶医生　｜　DOC　｜　2页　｜　分享于 2025-04-21
!d 温馨提示：文档由分享人上传，享云文档不对其内容的准确性负责。
{BODY}
!a ※ 预览仅供参考，完整版式请下载原文（需2享云积分）
!w 享云客服热线 400-817-6620（工作日9:00—18:00）
!l 分享人的其他文档：口腔科院感管理制度.doc ｜ 社区口腔健康讲座课件.ppt
""",
        pages=dict(fmt="⋿ p{n} ⋿", every=85, start=2, glue=True, sep=" "),
        body="""
壑阳县卫生健康局：
我中心口腔科承担着辖区4.6万居民的口腔健康宣教和基本诊疗任务。近年来，前来咨询牙周护理的老年患者逐年增多，其中相当一部分人对冲牙器等家用洁牙工具感兴趣，但不会正确使用。
为更好地开展口腔健康指导，我中心拟购置冲牙器示教设备一批，包括台式冲牙器2台、便携式冲牙器6台、牙周模型4套及配套喷头耗材，用于门诊示教和进社区宣讲，预算约1.2万元。
所需经费拟从我中心2025年基本公共卫生服务项目经费中列支，采购将严格按照政府采购有关规定执行。
妥否，请批示。
联系人：饶思齐　电话：0736-5833106
壑阳县翿园社区卫生服务中心
2025年4月15日
""",
    ),
    dict(
        slug="edu-heyang-bouncy-safety-notice-attachment-links",
        site="壑阳县教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.heyang.gov.cn/tzgg/202506/t20250610_55218.html",
        title="壑阳县教育局关于规范中小学幼儿园跳跳球等弹跳类器材使用安全的通知",
        record_title="壑阳县教育局关于规范中小学幼儿园跳跳球等弹跳类器材使用安全的通知_通告栏_壑阳教育网",
        date="2025-06-09",
        date_also=["2025-06-10"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the body's 附件 list; the notice's own 联系人/电话/邮箱 beside a technical-support line; numbered items; 成文日期 differs from the posting date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>壑阳县教育局关于规范中小学幼儿园跳跳球等弹跳类器材使用安全的通知_通告栏_壑阳教育网</title>
<script src="/js/jyj_common.js"></script>
</head>
<body>
<div class="jy-top">⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 教师登录⟧ ⟦a 家长入口⟧</div>
<div class="jy-logo">⟦m 壑阳教育网 · 壑阳县教育局主办⟧</div>
<ul class="jy-nav">⟦m <li>首页</li><li>教育要闻</li><li>通知公告</li><li>政务公开</li><li>招生考试</li><li>校园风采</li>⟧</ul>
<div class="jy-pos">⟦m 您所在的位置：首页 » 通知公告⟧</div>
<h2 class="jy-title">{T}</h2>
<div class="jy-info">⟦m 发布时间：2025-06-10　发布科室：体卫艺股　浏览：1537⟧</div>
<div class="jy-body">
{BODY}
</div>
<div class="jy-fj">
<p>⟦a 附件下载：学校弹跳类体育器材排查情况统计表.xlsx⟧</p>
<p>⟦a 附件下载：跳跳球等弹跳类器材安全使用提示.pdf⟧</p>
</div>
<div class="jy-bottom-tools">⟦a 【打印此页】　【返回顶部】　【关闭】⟧</div>
<div class="jy-side">
<h4>⟦l 通知公告·最新⟧</h4>
<p>⟦l 关于做好2025年中考考点防暑降温工作的通知⟧</p>
<p>⟦l 关于开展暑期防溺水家访工作的通知⟧</p>
</div>
<div class="jy-foot">
<p>⟦m 主办：壑阳县教育局　地址：壑阳县城关镇文昌路18号⟧</p>
<p>⟦m 网站技术支持：0736-5827000　湘ICP备10203344号⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各学校、幼儿园：
近期，我县个别学校在大课间和体育课中使用跳跳球时发生了学生碰撞、误吞小球等情况。为切实保障学生安全，现就规范跳跳球等弹跳类器材使用的有关事项通知如下。
一、严把采购关。各校采购跳跳球等器材，应选择有厂名厂址、执行标准和警示标识的合格产品；幼儿园不得采购直径小于44.5毫米的跳跳球。
二、严把使用关。使用前要检查器材有无破损、开裂；组织活动时要划定场地、控制人数，教师全程在场看护。
三、严把管理关。器材由专人保管，建立领用登记制度，活动结束后及时清点回收，严禁学生私自带回家或带入教室。
四、开展一次排查。各校于6月20日前完成现有弹跳类器材排查，对不合格器材一律停用，排查情况填写附件1，报县教育局体卫艺股。
联系人：骆文婷　电话：0736-5827413　邮箱：hyjytwy@126.com
附件：1.学校弹跳类体育器材排查情况统计表
2.跳跳球等弹跳类器材安全使用提示
壑阳县教育局
2025年6月9日
""",
    ),
    dict(
        slug="edu-zhouchuan-flosser-week-docno-cn-date",
        site="鸼川教育信息网 (invented, text)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.zcjy.edu.cn/html/tzgg/2025/0905/4410.html",
        title="鸼川县教育局关于在寄宿制学校开展“护齿周”活动的通知",
        date="2025-09-04",
        notes="record title as is; 文号 line under the title (neutral); numbered items; the notice's own contact; 成文日期 in Chinese numerals; 扫码 link below is chrome",
        page="""
!m 鸼川教育信息网
!m 首页 ▸ 通知公告 ▸ 体卫艺
{T}
鸼教体〔2025〕31号
!m 信息来源：县教育局体卫艺股　点击：826
!a 〖大字体〗〖默认〗〖打印〗〖关闭〗
{BODY}
!a 扫码把本通知转到手机上阅读
!l 相关通知：关于开展秋季学期学校食堂专项检查的通知
!m 鸼川县教育局　版权所有　地址：鸼川县凤栖路6号　豫ICP备09018823号
""",
        body="""
各乡镇中心学校，县直各寄宿制学校：
为帮助寄宿学生养成良好的口腔卫生习惯，县教育局决定在9月20日“全国爱牙日”前后，在全县寄宿制学校开展“护齿周”活动。现将有关事项通知如下。
一、活动时间
2025年9月15日至9月21日。
二、活动内容
1.每校至少开展一次口腔健康讲座，邀请乡镇卫生院口腔医生讲解刷牙方法和牙线、冲牙器等工具的使用。
2.各寝室建立“刷牙打卡表”，由生活老师每晚检查。
3.县教育局将为12所寄宿制学校的卫生室各配发1台冲牙器，供佩戴牙齿矫正器的学生预约使用，用后由校医消毒喷头。
三、有关要求
各校要于9月26日前将活动总结和照片报县教育局体卫艺股。
联系人：曾砚秋　联系电话：0738-6612057
鸼川县教育局
二〇二五年九月四日
""",
    ),
    dict(
        slug="oa-hongqi-mount-minutes-vote-count",
        site="鸿栖协同办公 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.hongqi-auto.local/km/doc/view.do?fdId=18a2f07c331",
        title="关于XK-3型车载支架夹臂断裂问题的质量分析会会议纪要",
        record_title="〔质量例会纪实〕关于XK-3型车载支架夹臂断裂问题的质量分析会会议纪要 - 鸿栖协同办公",
        date="2025-08-14",
        date_also=["2025-08-15"],
        notes="OA document view: 流转记录, read count, archive/forward buttons; the 时间/地点/主持/参会/记录 lines of minutes and a vote count kept; the meeting's 时间 line is the date, the OA release date also accepted",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>〔质量例会纪实〕关于XK-3型车载支架夹臂断裂问题的质量分析会会议纪要 - 鸿栖协同办公</title>
<script src="/resource/js/oa_doc_view.js"></script>
</head>
<body>
<div class="oa-head">⟦m 鸿栖协同办公平台　骛城鸿栖汽车用品有限公司⟧　⟦m 当前用户：生产部 熊某某⟧　⟦a 退出⟧</div>
<div class="oa-menu">⟦m 待办(3)　已办　知识库　公文管理　会议管理⟧</div>
<div class="oa-doc">
<h2>{T}</h2>
<table class="oa-docinfo">
<tr><td>⟦m 起草部门：质量部⟧</td><td>⟦m 签发：邵景川⟧</td><td>⟦m 发布：2025-08-15 17:20⟧</td></tr>
<tr><td>⟦m 文件密级：厂内⟧</td><td>⟦m 已阅 64 人 / 未阅 9 人⟧</td></tr>
</table>
<div class="oa-content">
{BODY}
</div>
<div class="oa-btns">⟦a 标为已读　转发同事　存入我的文档　导出⟧</div>
<div class="oa-flow">
<h4>⟦m 流转记录⟧</h4>
<p>⟦m 黎思苒（质量部）起草 → 吕闻笙（质量部经理）审核 → 邵景川（副总经理）签发 → 综合办分发⟧</p>
</div>
</div>
<div class="oa-foot">⟦d 内部资料，严禁截屏外传；系统问题请拨IT服务台分机8008⟧</div>
</body>
</html>
""",
        body="""
时间：2025年8月14日14:30
地点：公司三楼质量会议室
主持：副总经理　邵景川
参会：质量部、生产部、技术部、采购部、售后服务部负责人及相关人员共11人
记录：质量部　黎思苒
会议听取了售后服务部关于7月以来XK-3型车载支架夹臂断裂投诉情况的汇报，分析了原因，研究了整改措施。现纪要如下。
一、问题情况。7月1日至8月10日，共收到XK-3型夹臂断裂投诉47起，集中在批次2506B和2507A，断裂位置均在夹臂根部。
二、原因分析。技术部检测认为，断裂的主要原因是6月更换的原料供应商提供的粒料韧性偏低，加上夹臂根部圆角设计偏小，在低温和反复夹持条件下产生应力开裂。
三、整改措施。（一）即日起停用该供应商粒料，恢复原供应商供货；（二）技术部在9月5日前完成加大夹臂根部圆角的模具修改；（三）售后服务部主动联系两个批次的购买用户，免费更换夹臂。
四、表决事项。会议就是否对批次2506B、2507A启动主动召回进行表决，应到11人，实到11人，同意9票，反对0票，弃权2票，决定启动主动召回。
""",
    ),
    dict(
        slug="oa-qinlan-flosser-leak-bulletin-batches",
        site="沁澜电器内网 (invented intranet, text)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://intra.qinlan-dq.com/notice/qa/2024/0517-02",
        title="关于便携式冲牙器水箱渗漏质量问题的通报",
        date="2024-05-17",
        notes="record title as is; intranet text view with a read counter and a print link; a batch table one row a paragraph; 成文日期 under the signature",
        page="""
!m 沁澜电器 · 员工之家内网
!m 首页 / 公告通知 / 质量通报
{T}
!m 发布部门：质量部　｜　已读 212 人
!a 【打印本通报】【返回列表】
{BODY}
!l 本栏上一条：关于二季度供应商现场审核安排的通知
!d 本内网信息仅限公司员工查阅，严禁外传
!m IT服务台 分机 6100
""",
        body="""
各部门、各车间：
近期，公司售后服务部陆续接到客户反映，部分FL-200型便携式冲牙器使用一段时间后水箱底部出现渗漏。经质量部排查，问题集中在以下三个批次：
批次号　生产日期　数量（台）　渗漏投诉（起）
FL2403-07　2024年3月21日　4800　36
FL2403-11　2024年3月28日　5200　41
FL2404-02　2024年4月3日　3900　12
经分析，问题原因是水箱密封圈供应商更换后密封圈硬度偏高，装配时二车间又未按作业指导书要求涂抹硅脂，导致长期使用后密封不良。
为严肃质量纪律，公司决定：对二车间予以通报批评，扣减二车间当月质量绩效分10分；对负责进货检验的质检员予以书面警告。
各部门要引以为戒，严格执行作业指导书和进货检验规程，坚决杜绝类似问题再次发生。
骛城沁澜电器有限公司质量部
2024年5月17日
""",
    ),
]
