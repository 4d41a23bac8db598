"""holdout356, part B: 博客, 公众号镜像, 文档分享, 教育门户, 企业内网 (one HTML and one text page each).

Invented text, sites, places and chrome; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-aqian-riceball-month-typecho",
        site="阿芊的厨房手记 (invented Typecho-like blog)",
        style="博客",
        genre="博客",
        kind="other",
        form="html",
        source="https://aqian.kitchen/archives/riceball-breakfast.html",
        title="给女儿做了一个月的饭团早餐",
        record_title="【灶台边】给女儿做了一个月的饭团早餐 - 阿芊的厨房手记",
        date="2025-04-06",
        notes="Typecho-like blog: tag cloud, archive, calendar and comment form; the bracketed post time is the page's date; a sentence about sharing as content; a like prompt glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8">
<title>【灶台边】给女儿做了一个月的饭团早餐 - 阿芊的厨房手记</title>
<link rel="stylesheet" href="/usr/themes/handsome/style.css">
<script src="/usr/themes/handsome/app.js"></script>
</head><body>
<header><a class="site-name">⟦m 阿芊的厨房手记⟧</a><p class="desc">⟦m 一日三餐，慢慢记下⟧</p>
<nav>⟦m 首页　灶台边　读书　关于阿芊⟧</nav></header>
<article>
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m 〔2025-04-06 21:12〕　分类：灶台边　阅读 2,318⟧</div>
{BODY}
<div class="post-tags">⟦l 标签：饭团　早餐　模具　带娃⟧</div>
<div class="post-near">⟦l « 自制海苔碎的三种办法⟧　⟦l 周末蒸了一锅紫米糕 »⟧</div>
</article>
<section id="comments"><h3>⟦l 已有 12 条评论⟧</h3>
<p>⟦l 小衙内：请问模具是哪家的？求链接⟧</p>
<p>⟦l 阿芊 回复 小衙内：普通超市就有，十几块钱⟧</p>
<form>⟦a 昵称（必填）　邮箱（必填）　网址　提交评论⟧</form></section>
<aside>
<div class="widget">⟦l 标签云：早餐 便当 饭团 烘焙 腌菜 带娃 周末⟧</div>
<div class="widget">⟦l 文章归档：2025年4月（6）　2025年3月（9）　2025年2月（4）⟧</div>
<div class="widget">⟦m 日历：2025年4月 一 二 三 四 五 六 日⟧</div>
</aside>
<footer>⟦m © 2019-2025 阿芊的厨房手记 · 由 Typecho 驱动⟧　⟦m 浙ICP备2021003374号-1⟧</footer>
</body></html>
""",
        body="""
女儿升初中以后，早上六点半就要出门，原来的包子稀饭她总说来不及吃。三月初我在超市买了一套饭团模具，三角形和圆柱形各一个，决定试试饭团早餐。
模具用起来很简单：模具内壁先蘸一点凉开水，盛半模米饭，中间放馅料，再盖上米饭，盖子一压，倒扣出来就是一个整整齐齐的饭团。一个饭团用米饭一百克左右，女儿吃两个刚好。⟦a 觉得有用就点个赞吧⟧
一个月下来，我换着做了十几种馅：金枪鱼玉米、肉松海苔、鸡蛋火腿、梅干菜肉末……女儿最喜欢的是照烧鸡肉。晚上把馅料准备好，早上十分钟就能做完。
也有踩过的坑。米饭太烫时压出来的饭团容易散，要晾到温热再压；馅料汤汁多的饭团放不住，上学路上就会漏。
把这一个月的经验分享给同样要早起做早餐的妈妈们，希望对大家有点用。
""",
    ),
    dict(
        slug="blog-manzhu-napkin-rings-wrapped-essay",
        site="慢煮光阴 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://manzhuguangyin.blog.cn/post/20250527.html",
        title="家里添了四只餐巾环",
        record_title="[饭桌闲话] 家里添了四只餐巾环 — 慢煮光阴的博客",
        date=None,
        notes="blog essay hard-wrapped at 58 columns; no date (an 更新于 5 天前 stamp only); archive and comments below",
        page="""
!m 慢煮光阴的博客
!m —— 火候到了，日子就香了 ——
!m 首页 | 随笔 | 旧物 | 菜谱 | 留言板
!t [饭桌闲话] 家里添了四只餐巾环
!m 更新于 5 天前　　分类：随笔　　阅读(431)　评论(6)
{BODY}
!l 本文标签：餐桌　家常　旧物
!l 上一篇：阳台上的两盆薄荷 | 下一篇：妈妈的腌菜坛子
!l 网友评论：
!l 雄峰山下：读着很温暖，我家也想试试
!l 衙前小邱：四只环一个颜色一个人，好主意
!a 发表评论请先登录　[登录]　[注册新用户]
!m Copyright © 慢煮光阴 2016-2025　本博客内容未经同意请勿转载
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
上个月逛旧货市场，在一个摊子上看到四只黄铜餐巾环，花纹已经磨得有点模糊了，摊主说是早年一家西餐厅关门时收来的。我没怎么讲价就买了回来。
家里四口人，吃饭一向随意，纸巾往桌上一放，谁用谁抽。买回餐巾环以后，我翻出压箱底的四块棉布餐巾，洗干净、熨平，卷起来套进环里，每人一只放在碗边。
起初孩子们觉得好笑，说吃个家常饭还这么讲究。可没过几天，儿子就开始主动摆餐巾，女儿还给每只环系上不同颜色的丝线，认作自己的。
我想，讲究的不是那几只铜环，而是一家人愿意为一顿饭多花两分钟。饭桌上的规矩慢慢有了，话也比以前多了。
""",
    ),
    dict(
        slug="wechat-weijing-corner-guards-h1-star-prompt",
        site="微镜文摘 (invented WeChat mirror) / 亨阳妇幼 (invented account)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weijingwz.com/a/hyfy/9d2f41c07e.html",
        title="这些桌角，正在悄悄伤害孩子",
        record_title=None,
        date="2025-05-20",
        notes="no title in the record; the title is the mirror's <h1>; a star prompt glued before the first words; the account line's date is the page's date; 在看/赞赏/阅读原文 rows, a QR line and the mirror's archive note",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>微镜文摘 - 公众号文章存档</title>
<script src="https://res.weijingwz.com/js/mirror.js"></script>
</head><body>
<div class="wj-top">⟦m 微镜文摘 · 好文章值得被留住⟧　<a>⟦a 搜索公众号⟧</a></div>
<div id="js_content_box">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta">⟦m 原创　亨阳妇幼　2025年05月20日 17:30　亨阳⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按下方二维码，预约儿童保健门诊⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦l 赞 156　在看 41⟧　⟦a 喜欢作者，赞赏一下⟧</div>
</div>
<div class="wj-note">⟦d 本页为微镜文摘自动存档，版权归原公众号所有，如需删除请联系 del@weijingwz.com⟧</div>
<div class="wj-more"><h4>⟦l 该公众号的其他文章⟧</h4>
<p>⟦l 宝宝夜里反复发烧，什么时候该去医院？⟧</p>
<p>⟦l 断奶期的辅食怎么加⟧</p></div>
<div class="wj-foot">⟦m 微镜文摘 weijingwz.com　京ICP备23015520号⟧</div>
</body></html>
""",
        p_html='<section><p style="line-height:1.75em;">{}</p></section>',
        body="""
⟦a 点上方“亨阳妇幼”关注我们，再点右上角设为星标⟧上周末，儿童急诊接连来了三个额头磕破的孩子，年龄都在一岁半到三岁之间，其中两个是在家里撞到了茶几角。
一岁到三岁是孩子刚学会走、跑的阶段，个子刚好和茶几、餐桌一般高，平衡能力又差，一个踉跄，额头、眼眶就容易撞上尖锐的桌角。轻的起个包，重的需要缝针，个别甚至伤到眼睛。
我们建议家长做好三件事：一是给家里所有齐腰以下的桌角、柜角装上保护套，选柔软、粘得牢的硅胶款；二是每周检查一次保护套有没有松动，松了及时更换，防止孩子抠下来放进嘴里；三是孩子玩耍的区域尽量远离玻璃茶几。
如果孩子已经撞伤，先用干净的纱布按压止血；伤口较深、出血止不住，或者孩子出现呕吐、精神差等情况，要立即到医院就诊。
（亨阳市妇幼保健院儿童保健科）
""",
    ),
    dict(
        slug="wechat-haowai-pledge-grinders-account-date-differs",
        site="号外存档 (invented WeChat mirror) / 亨阳餐饮协会 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://haowaicundang.com/mp/hycy/20250605-01",
        title="关于规范使用调味研磨器的倡议书",
        record_title="关于规范使用调味研磨器的倡议书｜亨阳餐饮协会（号外存档）",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="WeChat mirror as text; the account's post date differs from the pledge's signature date (also accepted); a forward prompt glued after a sentence; sharing spoken of as content",
        page="""
!m 号外存档 — 公众号文章备份站
!t 关于规范使用调味研磨器的倡议书
!m 亨阳餐饮协会　2025-06-05 08:00　阅读 2017
!a 轻点两下取消赞　　点我收藏此文
{BODY}
!a 戳这里看原文
!l 点赞 63　在看 12　留言 4
!l 精选留言：萄湾小吃店老板：已转到我们群里了，支持！
!d 号外存档仅作公众号文章备份之用，内容版权属于原作者。
""",
        indent="\u3000\u3000",
        body="""
全市各餐饮单位：
调味研磨器是后厨和餐桌上的常用器具。近期我会调研发现，部分门店研磨器长期不清洗、不同调料混装、磨芯磨损后仍在使用，既影响菜品口味，也存在食品安全隐患。为此，亨阳市餐饮烹饪协会向全市餐饮同行发出如下倡议：
一、选用合格器具。从正规渠道采购研磨器，优先选择陶瓷或不锈钢磨芯，索要并留存产品合格证明。
二、做到专器专用。胡椒、花椒、海盐分开研磨，并在器身贴好标签，不混装、不串用。⟦a 看完记得转发到同行群里⟧
三、坚持定期清洁。研磨器每周至少拆洗一次，磨芯晾干后再装料，受潮结块的调料及时倒掉。
四、主动接受监督。把研磨器清洁情况纳入后厨自查内容，欢迎消费者监督。
希望各会员单位把这份倡议分享给本店员工，从一个小小的研磨器做起，共同守护“舌尖上的安全”。
亨阳市餐饮烹饪协会
2025年6月3日
""",
    ),
    dict(
        slug="docshare-hezi-rules-tart-moulds-wps-articles",
        site="共享盒子 (invented document-sharing site)",
        style="文档分享",
        genre="规章制度",
        kind="other",
        form="html",
        source="https://www.gongxianghezi.com/doc/5530917.html",
        title="烘焙车间蛋挞模清洗消毒管理制度",
        record_title="烘焙车间蛋挞模清洗消毒管理制度.wps",
        date=None,
        notes="file name as the record title; 第N条 articles; upload notice, file-info box, sign-in points lock and a service WeChat; no date (an upload stamp and an effective clause only)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>烘焙车间蛋挞模清洗消毒管理制度.wps-共享盒子</title>
<script src="/static/js/doc-view.js"></script>
</head><body>
<div class="hz-head">⟦m 共享盒子⟧ ⟦m 把有用的文档装进盒子⟧ <a>⟦a 上传我的文档⟧</a></div>
<div class="hz-crumb">⟦m 共享盒子 / 企业管理 / 规章制度⟧</div>
<div class="hz-file">
<h1>{T}</h1>
<ul><li>⟦m 文件格式：WPS⟧</li><li>⟦m 文件大小：38KB⟧</li><li>⟦m 上传时间：三周前⟧</li><li>⟦m 下载次数：214⟧</li></ul>
</div>
<div class="hz-upnote">⟦d 本文档由用户“焙房老萄”上传，共享盒子仅提供存储空间，不对内容真实性负责⟧</div>
<div class="hz-view">
{BODY}
</div>
<div class="hz-lock">⟦a 签到满7天送10积分，10积分可下载此文档⟧</div>
<div class="hz-btn"><a>⟦a 下载到电脑⟧</a> <a>⟦a 存到我的盒子⟧</a></div>
<div class="hz-kf">⟦w 找不到想要的制度？盒子客服微信 hezi-kf07 帮你找⟧</div>
<div class="hz-rel"><h3>⟦l 大家还下载了⟧</h3>
<p>⟦l 烘焙车间岗位职责.doc⟧</p><p>⟦l 食品生产企业清洗消毒记录表.xls⟧</p></div>
<div class="hz-foot">⟦m 共享盒子 gongxianghezi.com　苏ICP备22061870号-2⟧</div>
</body></html>
""",
        body="""
第一条　为规范烘焙车间蛋挞模的清洗消毒，保证产品质量安全，根据食品生产企业卫生规范的有关要求，结合本车间实际，制定本制度。
第二条　本制度适用于车间使用的铝合金蛋挞模、不锈钢蛋挞模和硅胶蛋挞模。一次性铝箔蛋挞托不得回收重复使用。
第三条　蛋挞模每班使用结束后，应按下列步骤清洗消毒：
（一）用软毛刷清除模具内残留的挞皮和挞液；
（二）用40℃左右温水加中性洗涤剂浸泡十分钟后刷洗；
（三）清水冲净后放入消毒柜，120℃消毒不少于二十分钟；
（四）消毒后的模具倒扣存放在专用架上，不得直接放在地面。
第四条　禁止用钢丝球擦洗带不粘涂层的蛋挞模。发现涂层脱落、变形或锈蚀的模具，应立即停用并登记报废。
第五条　清洗消毒情况由当班人员填写记录，车间主任每日检查签字，记录保存不少于六个月。
第六条　本制度自印发之日起施行。
""",
    ),
    dict(
        slug="docshare-zhiye-request-riceball-moulds-contact",
        site="知页共享 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="text",
        source="https://www.zhiyegx.com/p/88140293.html",
        title="关于为镇敬老院购置饭团模具等厨房用具的请示",
        record_title="关于为镇敬老院购置饭团模具等厨房用具的请示（红头范本）- 知页共享",
        date="2025-02-17",
        notes="a request on a sharing site; its own 联系人/电话 next to the site's service WeChat; signature date",
        page="""
!m 知页共享 | 一页知识，众人共享
!m 文档分类：党政公文 › 请示报告
!t 关于为镇敬老院购置饭团模具等厨房用具的请示（红头范本）
!m 贡献者：萄湾小秘书　共2页　热度 ★★★☆☆
!d 温馨提示：文档来自网友分享，仅供学习借鉴，请勿直接用于正式行文。
{BODY}
!a 本文档共2页，下载完整版需消耗5知币
!w 知页客服微信 zhiye_kf2020，周一至周五在线
!l 相关文档：敬老院食堂改造请示｜关于拨付养老服务补助资金的请示
!m 知页共享 zhiyegx.com　© 2025
""",
        indent="\u3000\u3000",
        body="""
县民政局：
萄湾镇敬老院现有集中供养老人58人，其中80岁以上的31人。不少老人牙口不好、吞咽困难，普通米饭和炒菜吃得少，营养跟不上。今年春节前，敬老院试着把软米饭拌入菜末、肉末，用模具压成小饭团，老人们普遍反映好嚼、好咽、爱吃。
为把这一做法坚持下去，敬老院需要添置食品级饭团模具20套、蒸饭柜1台、食品料理机2台，预算共计1.36万元。镇财政已安排0.6万元，尚缺0.76万元。
特请示县民政局在养老服务补助资金中予以支持。
妥否，请批示。
联系人：萄小满，电话：0836-7352018。
萄湾镇人民政府
2025年2月17日
""",
    ),
    dict(
        slug="edu-rongchuan-notice-corner-check-attachments",
        site="戎川县教育局 (invented county education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.rongchuan.gov.cn/tzgg/2025/0312/2451.html",
        title="关于开展幼儿园和小学低年级教室桌角防护专项排查的通知",
        record_title="关于开展幼儿园和小学低年级教室桌角防护专项排查的通知_通知速递_戎川县教育局",
        date="2025-03-10",
        date_also=["2025-03-12"],
        notes="education portal: 适老/读屏 links, 文号 line neutral, attachment download links beside the notice's own 附件 list; its own 联系人/电话/邮箱 beside the site's technical-support line; portal date differs (also accepted)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>关于开展幼儿园和小学低年级教室桌角防护专项排查的通知_通知速递_戎川县教育局</title>
<script src="/js/jquery-3.6.0.min.js"></script>
</head><body>
<div class="top-links">⟦a 适老版⟧　⟦a 视力友好版⟧　⟦a 设为首页⟧</div>
<div class="jyj-logo">⟦m 戎川县教育局 · 办人民满意的教育⟧</div>
<div class="jyj-nav">⟦m 首页　机构概况　教育动态　公示公告　政策法规　办事指南⟧</div>
<div class="jyj-pos">⟦m 您的位置：首页 → 公示公告⟧</div>
<h2 class="tit">{T}</h2>
<div class="sub">⟦m 发布人：县教育局安全股　发布日期：2025年3月12日　点击数：1490⟧</div>
<p class="wh">戎教函〔2025〕21号</p>
<div class="txt">
{BODY}
</div>
<div class="down"><p>⟦a 📎 附件1 桌角防护排查登记表.docx（点击下载）⟧</p><p>⟦a 📎 附件2 排查情况汇总表.xlsx（点击下载）⟧</p></div>
<div class="print">⟦a 【打印此页】　【返回顶部】⟧</div>
<div class="jyj-links">⟦l 友情链接：戎川县人民政府 ｜ 亨阳市教育局 ｜ 省教育厅⟧</div>
<div class="jyj-foot">⟦m 戎川县教育局版权所有　地址：戎川县尹桥路18号⟧<br>⟦m 网站技术支持：亨阳数创科技　运维电话：0836-4186620⟧</div>
</body></html>
""",
        body="""
各乡镇中心学校，县直各幼儿园、小学：
为预防学生在教室内磕碰受伤，县教育局决定在全县幼儿园和小学一至三年级开展教室桌角防护专项排查。现将有关事项通知如下。
一、排查内容。重点排查课桌、讲台、储物柜、图书角书架的尖锐边角是否加装保护套，已加装的保护套是否松动、破损、脱落。
二、时间安排。3月17日至3月28日各校自查，4月7日至4月18日县教育局组织抽查。
三、整改要求。对排查发现的问题，各校要建立清单，能立即整改的立即整改；需要采购保护套的，统一选用无异味的硅胶材质，不得使用易撕扯的泡棉条。
四、报送要求。请各校于3月28日前将排查登记表和汇总表报县教育局安全股。
联系人：雄晓帆，电话：0836-4186217，邮箱：rcjyaqg@126.com。
附件：1.桌角防护排查登记表
2.排查情况汇总表
戎川县教育局
2025年3月10日
""",
    ),
    dict(
        slug="edu-pishan-plan-riceball-breakfast-decimal",
        site="丕山县教育体育局 (invented county education portal, text view)",
        style="教育门户",
        genre="工作方案",
        kind="plan",
        form="text",
        source="http://jtj.pishan.gov.cn/xwzx/jydt/202502/t20250225_9104.html",
        title="丕山县学校食堂“饭团早餐”推广工作方案",
        record_title="【食堂提质】丕山县学校食堂“饭团早餐”推广工作方案（附推广步骤）",
        date="2025-02-24",
        notes="a plan with decimal headings 1.1–3.2 on an education portal; signature date; 读屏 and scan-to-read chrome",
        page="""
!m 丕山县教育体育局
!a 长者模式 | 读屏模式 | English
!m 首页 > 新闻中心 > 教育动态
!t 【食堂提质】丕山县学校食堂“饭团早餐”推广工作方案（附推广步骤）
!m 来源：县教体局后勤保障股　　日期：2025-02-25　　阅读：962
{BODY}
!a 用手机扫码，随时随地看这篇方案
!l 上一篇：丕山县2025年春季学期开学工作安排
!l 下一篇：关于做好学生营养改善计划资金管理的通知
!m 丕山县教育体育局主办　咨询电话：0836-7318600　蜀ICP备12009813号
""",
        date_also=["2025-02-25"],
        indent="\u3000\u3000",
        body="""
为提高寄宿制学校学生早餐质量，推广萄湾镇中心小学“饭团早餐”的做法，结合全县实际，制定本方案。
1.工作目标
1.1 2025年春季学期，在全县12所寄宿制学校推行“饭团早餐”。
1.2 学生早餐就餐率提高到90%以上。
2.主要措施
2.1 统一配置器具。县教体局统一采购食品级饭团模具，每校按每百名学生4套配置。
2.2 规范制作流程。米饭晾至温热后压制，馅料当天现做，成品饭团两小时内售完。
2.3 加强营养搭配。每份早餐配鸡蛋或豆浆，饭团馅料每周不少于5个品种。
3.保障措施
3.1 各校校长为第一责任人，食堂管理员负责具体实施。
3.2 县教体局每月开展一次食堂检查，将“饭团早餐”推行情况纳入学校年度考核。
丕山县教育体育局
2025年2月24日
""",
    ),
    dict(
        slug="oa-hanqiao-minutes-ceramic-burr-supplier-vote",
        site="汉桥厨具有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.hanqiao-kitchen.com/doc/view?id=20250514-0032",
        title="关于研磨器陶瓷磨芯供应商变更的专题会议纪要",
        record_title="〔会纪·请传阅〕关于研磨器陶瓷磨芯供应商变更的专题会议纪要｜汉桥协同",
        date="2025-05-14",
        notes="intranet document view with its 流转记录, read count and 标记已阅/转发 buttons; minutes' 时间/地点/主持/参会/记录 lines and a vote count; the date from the 时间 line",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>〔会纪·请传阅〕关于研磨器陶瓷磨芯供应商变更的专题会议纪要｜汉桥协同</title>
<script src="/oa/static/seeyon-like.js"></script>
</head><body>
<div class="oa-top">⟦m 汉桥协同办公平台⟧　⟦m 当前用户：质量部 雄亚楠⟧　⟦a 退出系统⟧</div>
<div class="oa-menu">⟦m 待办事项　公文管理　会议纪要　知识文档　通讯录⟧</div>
<div class="oa-doc">
<h3>{T}</h3>
<div class="oa-meta">⟦m 拟稿部门：总经理办公室　密级：内部　已阅 37 / 应阅 42⟧</div>
<div class="oa-btns">⟦a 标记已阅⟧ ⟦a 转发部门⟧ ⟦a 归档⟧</div>
<div class="oa-body">
{BODY}
</div>
</div>
<div class="oa-flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 05-14 17:20 总经理办公室 汉小桥 起草⟧</p>
<p>⟦l 05-15 09:02 分管副总 尹 审核同意⟧</p>
<p>⟦l 05-15 10:31 分发至各部门⟧</p></div>
<div class="oa-foot">⟦m 汉桥厨具有限公司 信息中心维护　IT服务台分机 8008⟧</div>
</body></html>
""",
        body="""
时间：2025年5月14日下午3:00
地点：公司三楼第二会议室
主持：汉国栋（总经理）
参会：质量部、采购部、研发部、生产部、销售部负责人，共7人
记录：尹佳
会议听取了质量部关于手动研磨器陶瓷磨芯质量问题的汇报。今年4月以来，现供应商萄湾精瓷厂供应的磨芯崩边率由0.3%上升到1.8%，已造成两批成品返工，客户投诉6起。
会议讨论并议定以下事项：
一、自6月1日起，陶瓷磨芯改由昼湖新材科技有限公司供应，首批采购3万套，采购部负责在5月25日前签订合同。
二、研发部对新供应商磨芯进行研磨粒度和耐磨试验，试验合格后方可批量使用。
三、对库存的原供应商磨芯逐件检验，崩边的一律报废。
表决情况：应到7人，实到7人，同意6票，反对0票，弃权1票，通过。
""",
    ),
    dict(
        slug="oa-taowan-bulletin-tart-mould-burrs-title-glued",
        site="萄湾焙器内网 (invented intranet, text export)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.18.2.6/portal/gonggao/2025/0408-02.html",
        title="关于三号线蛋挞模冲压毛刺超标问题的通报",
        record_title="【品管快讯】关于三号线蛋挞模冲压毛刺超标问题的通报-萄湾焙器内网",
        date="2025-04-08",
        notes="intranet text export: the title repeated and glued to the addressee line; signature date; read counter and intranet footer",
        page="""
!m 萄湾焙器内网门户 | 内部资料 注意保密
!m 门户首页 > 通知公告 > 质量管理
!t 【品管快讯】关于三号线蛋挞模冲压毛刺超标问题的通报
!m 发文部门：品管部　阅读人数：118　【已读】
{T}{BODY}
!a 【打印】【转发】【导出PDF】
!l 相关公告：关于开展二季度质量月活动的通知
!m 萄湾焙器信息部 内网技术支持 分机 6110
""",
        body="""
各车间、各部门：
4月3日，品管部在成品抽检中发现，三号冲压线生产的12连铝合金蛋挞模边缘毛刺超标，抽检的200件中有37件毛刺高度超过0.2毫米，不合格率达18.5%。经调查，原因是冲压模具刃口磨损后未及时修磨，当班质检员首件检验流于形式。
为严肃质量纪律，经公司研究，对三号线当班班长、质检员各处以通报批评，扣发当月质量奖金；对已入库的该批次产品2400件全部返工去毛刺。
各车间要举一反三，严格执行首件检验和巡检制度，冲压模具每生产一万件必须检查一次刃口，发现问题立即停机报告。
萄湾焙器有限公司品管部
2025年4月8日
""",
    ),
]
