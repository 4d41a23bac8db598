"""holdout368, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-fenbihui-grip-essay-typecho",
        site="粉笔末的微光 (invented, Typecho-like blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://liangls.fenbihui.blog/archives/617/",
        title="握笔器不是万能的：一年级写字课随记",
        record_title="【写字课札记】握笔器不是万能的：一年级写字课随记 | 粉笔末的微光",
        date="2024-10-22",
        notes="Typecho-like teacher's blog: tag cloud, archive, calendar, comment form; the bracketed post time is "
        "the page's date; a like prompt glued after a sentence; a 'read more of this series' line between paragraphs",
        page="""
<!DOCTYPE HTML>
<html>
<head>
<meta charset="UTF-8">
<title>【写字课札记】握笔器不是万能的：一年级写字课随记 | 粉笔末的微光</title>
<link rel="stylesheet" href="/usr/themes/chalk/style.css">
<script src="/usr/themes/chalk/js/prism.js"></script>
</head>
<body>
<header id="header">
<div class="site-name"><a href="/">⟦m 粉笔末的微光⟧</a></div>
<p class="description">⟦m 一个乡村小学语文老师的碎碎念⟧</p>
<nav><a href="/">⟦m 首页⟧</a> <a href="/about.html">⟦m 关于我⟧</a> <a href="/links.html">⟦m 友情链接⟧</a> <a href="/feed/">⟦a RSS订阅⟧</a></nav>
</header>
<div id="main">
<article class="post">
<h1 class="post-title">{T}</h1>
<ul class="post-meta"><li>⟦m [2024-10-22 21:47]⟧</li><li>⟦m 分类：写字课札记⟧</li><li>⟦m 阅读：389⟧</li></ul>
<div class="post-content">
{BODY}
</div>
<p class="tags">⟦l 标签：握笔器, 一年级, 写字教学, 家校沟通⟧</p>
<p class="copyright">⟦d 本文为博主原创，转载请私信，谢绝洗稿。⟧</p>
</article>
<div id="comments">
<h3>⟦l 已有 4 条评论⟧</h3>
<ol><li>⟦l 稻田里的守望者：说得太对了，我家孩子戴着握笔器照样捏得死紧。⟧</li>
<li>⟦l 梁老师 回复：慢慢来，先放松手腕。⟧</li></ol>
<form>⟦a 称呼（必填）　邮箱（必填）　网站　提交评论⟧</form>
</div>
</div>
<aside id="secondary">
<section><h3>⟦l 标签云⟧</h3><p>⟦l 写字 阅读 家访 班级日志 握笔器 作文 乡村学校⟧</p></section>
<section><h3>⟦l 文章归档⟧</h3><ul><li>⟦l 2024年10月（5）⟧</li><li>⟦l 2024年9月（8）⟧</li><li>⟦l 2024年6月（3）⟧</li></ul></section>
<section><h3>⟦m 日历⟧</h3><table><tr><td>⟦m 一 二 三 四 五 六 日⟧</td></tr></table></section>
</aside>
<footer id="footer">⟦m © 2024 粉笔末的微光 · 由 Typecho 强力驱动 · 蜀ICP备2022031170号-1⟧</footer>
</body>
</html>
""",
        body="""
开学第七周，班上四十二个孩子里，有十一个在用握笔器。有的是家长买的，有的是幼儿园带过来的，五颜六色，像一只只小鱼咬在铅笔上。
可是我发现，戴上握笔器以后，有几个孩子的问题并没有解决。小宇的三根手指是放对了位置，可手腕还是僵着，写三行字就喊手疼；阿朵的握笔器装得太靠上，笔尖离手指足有四厘米，字写得飘飘忽忽。⟦a 觉得有用就点个赞吧 ♥⟧
⟦l ▸ 本系列往期：《田字格里的小秘密》《橡皮为什么总是不够用》⟧
后来我和体育老师商量，每节写字课前先做两分钟手指操：捏橡皮泥、搓小纸球、手指“走路”。再把握笔器的位置统一调到离笔尖两厘米左右。两周下来，喊手疼的孩子少了一半。
握笔器只是一根拐杖，真正要练的是小手的力量和放松。等孩子不再需要它，就是它功成身退的时候。
""",
    ),
    dict(
        slug="blog-laok-expander-notes-wrapped-58",
        site="老K的小站 (invented, personal blog)",
        style="博客",
        genre="博客",
        kind="other",
        form="text",
        source="http://laok.jianshen-note.cn/2024/expander-lunch-break.html",
        title="办公室午休十五分钟：我的拉力器训练笔记",
        record_title="健身手账 ▏办公室午休十五分钟：我的拉力器训练笔记 ▏老K的小站",
        date=None,
        notes="blog text hard-wrapped at 58 columns; an update stamp (更新于 3 天前) is no date; a tip-jar line "
        "between paragraphs; a series tag line at the end",
        page="""
!m 老K的小站 · 一个中年程序员的自救记录
!m 首页 / 健身手账 / 正文
!t 健身手账 ▏办公室午休十五分钟：我的拉力器训练笔记 ▏老K的小站
!m 更新于 3 天前 · 阅读 1 024 · 字数 约 600
{BODY}
!l 本篇收录于专题「健身手账」，上一篇：《颈椎病康复第一个月》
!l 评论区（2）：写得好，我也去买一副｜弹簧的会不会夹手？
!d 个人记录，不构成任何训练或医疗建议。
!m Powered by Hexo · Theme Lark · 粤ICP备2021016630号
""",
        wrap=58,
        indent="\u3000\u3000",
        gap=True,
        body="""
去年体检，医生说我肩颈僵硬、胸椎有点驼，建议多做扩胸运动。可是工作日根本挤不出去健身房的时间，我就在工位抽屉里放了一副弹力绳式的拉力器，每天午休练十五分钟。
我的动作很简单：先做五分钟肩部绕环热身，再做三组扩胸拉伸，每组十五次，最后做两组背后下拉。拉的时候手肘微屈，呼气时拉开，吸气时慢慢还原，不追求速度。
⟦a 觉得有帮助？请老K喝杯咖啡 → 赞赏码见文末⟧
坚持了四个月，最明显的变化是下午不再犯困，肩膀也没有以前那么紧了。同事从一开始笑我“在工位上拉弓”，到现在有三个人跟着一起练。
提醒一句：弹力绳用久了会老化，表面出现细小裂纹就要换新的，别等它在手里断开。
""",
    ),
    dict(
        slug="wechat-yizhou-tcm-shake-machine-h1-star",
        site="公众号文章镜像站「微阅存档」 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普文章",
        kind="other",
        form="html",
        source="https://www.weiyuecundang.com/a/yzszyy/20240328/5508",
        title="这五类人，请不要站上甩脂机",
        record_title=None,
        date="2024-03-28",
        notes="WeChat mirror: title missing from the record, found in the <h1>; the account line's date is the "
        "page's date; a star prompt glued before the article's first words; 在看/阅读原文 rows, a QR line and "
        "the mirror's archive note; the hospital's own consult line in the body",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>这五类人，请不要站上甩脂机 - 毅州市中医院 - 微阅存档</title>
<meta name="referrer" content="no-referrer">
<script src="/static/wy/mirror.js"></script>
</head>
<body>
<div class="wy-bar">⟦m 微阅存档 · 好文章不该消失⟧　<a href="/search">⟦a 搜索公众号⟧</a></div>
<div id="js_content_wrap">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 原创　毅州市中医院　2024-03-28 18:00　湖南⟧</div>
<div class="rich_media_content" id="js_content">
{BODY}
</div>
<p>⟦l 阅读原文⟧　⟦l 阅读 2.1万　在看 147　赞 309⟧</p>
<p>⟦a 长按识别下方二维码，关注“毅州市中医院”⟧</p>
<p>⟦l 往期推荐：春季养肝，这三件事别做｜膏方门诊开诊时间调整⟧</p>
</div>
<div class="wy-note">⟦d 本页由微阅存档自动镜像，版权归原公众号所有，如需删除请发邮件至 del@weiyuecundang.com⟧</div>
<div class="wy-foot">⟦m 微阅存档 weiyuecundang.com　京ICP备2023009715号⟧</div>
</body>
</html>
""",
        body="""
⟦a 点击上方蓝字“毅州市中医院”，设为星标不迷路⟧最近，康复科门诊接诊了好几位老人，都是在家用甩脂机后出现头晕、腰痛加重。甩脂机通过高频振动带动身体抖动，有人觉得站上去“抖一抖就能瘦”，其实它消耗的热量很有限，更不适合以下五类人。
一是孕妇和产后不满半年的妈妈。二是装有心脏起搏器、做过心脏支架的患者。三是有腰椎间盘突出、骨质疏松的中老年人。四是眼底病变、高度近视的人，剧烈振动可能诱发视网膜脱落。五是刚做完手术、体内有钢板钢钉的人。
如果身体没有上述情况，想用甩脂机放松一下肌肉，也要注意每次不超过10分钟，振动档位从低到高，饭后一小时内不要使用。
想减脂，还是要靠合理饮食和规律运动。如有疑问，可拨打我院康复科咨询电话0736-2815067（工作日8:00—17:30）。
""",
    ),
    dict(
        slug="wechat-xiankou-kindergarten-maraca-pledge-mirror",
        site="公众号镜像「号内文章库」 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="http://haonei-wz.net/mp/xkzxyey/2024-05-21/31",
        title="用旧瓶子做一把沙锤——“绿色六一”亲子自制乐器倡议书",
        record_title="用旧瓶子做一把沙锤——“绿色六一”亲子自制乐器倡议书 ◆ 咸口镇中心幼儿园 · 号内文章库",
        date="2024-05-20",
        date_also=["2024-05-21"],
        notes="WeChat mirror as text: the account line's date differs from the pledge's 成文日期; sentences about "
        "sharing photos as content; a follow line glued before the salutation; a like/在看 row and a mirror notice",
        page="""
!m 号内文章库 | 收录公众号文章 便于查阅
!t 用旧瓶子做一把沙锤——“绿色六一”亲子自制乐器倡议书 ◆ 咸口镇中心幼儿园 · 号内文章库
!m 咸口镇中心幼儿园　2024年5月21日 07:30
{BODY}
!l 赞 56　｜　在看 21　｜　留言 9
!l 精选留言：大班 朵朵妈妈：已经收集了三个瓶子啦！
!d 以上内容来自公众号「咸口镇中心幼儿园」，号内文章库仅作存档展示。
!m 号内文章库　haonei-wz.net　备案号 闽ICP备2022004186号
""",
        indent="",
        body="""
⟦a 戳蓝字关注我们，园所动态第一时间知道⟧亲爱的家长朋友们：
“六一”国际儿童节就要到了。今年，我园将举办“绿色六一”亲子音乐会，届时每个班都要用自制乐器演奏一首儿歌。为此，我们向全体家长发出倡议：和孩子一起，用旧瓶子做一把沙锤。
一、材料就在身边。洗干净的酸奶瓶、小药瓶、矿泉水瓶都可以，里面装上绿豆、大米或者小石子，拧紧瓶盖，用胶带缠两圈，就是一把会唱歌的沙锤。
二、安全放在第一位。瓶口一定要封牢，防止孩子误食里面的豆子；不要使用玻璃瓶。
三、让孩子动手做主角。请家长只做帮手，让孩子自己选材料、自己装饰、自己给沙锤起名字。
做好后，欢迎把亲子制作的照片分享到班级群，我们会挑选一部分在音乐会现场展示。让我们一起，把“绿色”和“快乐”送给孩子！
咸口镇中心幼儿园
2024年5月20日
""",
    ),
    dict(
        slug="docshare-gongxiang-castanets-contract-docx",
        site="共享文档站 wdgx (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="html",
        source="https://www.wdgxz.com/doc/3317608.html",
        title="乐器（响板）采购合同",
        record_title="乐器（响板）采购合同范本-2024.docx",
        date=None,
        notes="sharing page: file-info box, points lock, service WeChat, upload notice; a contract template with "
        "×× placeholders, ＿＿ blanks, ＿＿＿＿年＿＿月＿＿日 and 第N条 articles; no date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>乐器（响板）采购合同范本-2024.docx - 共享文档站</title>
<link rel="stylesheet" href="https://cdn.wdgxz.com/css/doc.v3.css">
<script src="https://cdn.wdgxz.com/js/doc.v3.js"></script>
</head>
<body>
<div class="hd">⟦m 共享文档站⟧　⟦m 文档分享 · 知识互助⟧　<a>⟦a 上传赚积分⟧</a>　<a>⟦a 登录⟧</a></div>
<div class="bread">⟦m 共享文档站 ＞ 合同协议 ＞ 买卖合同⟧</div>
<div class="fileinfo">
<p>⟦t 乐器（响板）采购合同范本-2024.docx⟧</p>
<p>⟦m 格式：DOCX　页数：3　大小：41.6KB　上传时间：2024-01-09⟧</p>
<p>⟦m 分享者：clover_doc　下载积分：5　评分：★★★★☆⟧</p>
</div>
<div class="docview">
<h2>{T}</h2>
{BODY}
</div>
<div class="lock">⟦a 签到满七天可免积分下载此文档⟧　<button>⟦a 立即下载（5积分）⟧</button></div>
<div class="kefu">⟦w 找不到合适的合同模板？加客服微信 gxz_kefu01 免费代找⟧</div>
<div class="notice">⟦d 声明：本文档由网友分享，仅供参考，使用前请结合实际修改，本站不承担由此产生的法律责任。⟧</div>
<div class="rel"><h4>⟦l 相关合同⟧</h4>
<p>⟦l 学校音乐器材采购合同（通用版）⟧</p>
<p>⟦l 幼儿园教玩具采购协议书⟧</p></div>
<div class="ft">⟦m 共享文档站 wdgxz.com　苏ICP备21067024号-2⟧</div>
</body>
</html>
""",
        p_html="<p>{}</p>",
        body="""
合同编号：××××
甲方（买方）：××学校（幼儿园）
乙方（卖方）：××乐器有限公司
根据《中华人民共和国民法典》及有关法律法规的规定，甲乙双方经友好协商，就甲方向乙方采购响板事宜订立本合同。
第一条　标的。乙方向甲方提供木质响板＿＿副、玻璃钢响板＿＿副，规格、型号详见报价单，合同总价人民币＿＿＿＿元（大写：＿＿＿＿＿＿）。
第二条　质量要求。响板应表面光滑、无毛刺、无开裂，系绳牢固，油漆及涂层应符合儿童用品有关安全标准。
第三条　交货。乙方应于合同签订后＿＿日内将货物送至甲方指定地点，运费由乙方承担。
第四条　验收。甲方在收货后＿＿日内组织验收，验收不合格的，乙方应在＿＿日内无条件更换。
第五条　付款。验收合格后＿＿日内，甲方一次性支付全部货款。
第六条　违约责任。乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
第七条　本合同一式两份，甲乙双方各执一份，自双方签字盖章之日起生效。
甲方（盖章）：＿＿＿＿＿＿　　乙方（盖章）：＿＿＿＿＿＿
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="docshare-pinwen-request-grips-lone-markers",
        site="品文共享网 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="text",
        source="http://www.pinwengx.com/p/request/90416.html",
        title="关于为县特殊教育学校低年级学生配备握笔器的请示",
        record_title="〔可修改·含落款〕关于为县特殊教育学校低年级学生配备握笔器的请示 — 品文共享网",
        date="2024-02-27",
        notes="sharing page as text: page markers ╤ n ╧ on lines of their own cutting sentences in two; the "
        "document's contact in the body; 成文日期 under the signature; an upload notice and a points prompt",
        page="""
!m 品文共享网 · 公文材料共享平台
!t 〔可修改·含落款〕关于为县特殊教育学校低年级学生配备握笔器的请示 — 品文共享网
!m 共享人：特教老周　　共享于 2024-03-02　　文档 2 页
!a ◈ 收藏到我的文档夹　◈ 推荐给同事
{T}
{BODY}
!a 余下内容需 3 个共享点查看，共享自己的文档即可获得共享点
!d 本平台文档由会员共享，版权归原作者，若有异议请点击“举报”处理。
!l 相关：特殊教育学校教学设备购置请示｜资源教室建设申请报告
!m 品文共享网　客服热线 400-818-6635
""",
        indent="\u3000\u3000",
        pages=dict(fmt="╤ {n} ╧", every=85, start=2),
        body="""
县教育体育局：
我校现有一至三年级学生38名，其中脑瘫、发育迟缓等学生21名。这些学生普遍存在手部精细动作能力不足的问题，握笔时手指无力、姿势不稳，书写和绘画活动难以开展。
经学校康复教研组评估，为这部分学生配备不同型号的握笔器，配合每天的手部功能训练，能够有效帮助他们稳定握笔姿势、提高书写兴趣。目前学校现有的握笔器仅有12个，且型号单一，远不能满足需要。
为此，特申请购置儿童三指型、五指型及加粗型握笔器共80个，另购捏捏球、夹豆板等手部训练器具一批，所需经费约4600元，拟从学校公用经费中列支，购置后由康复教研组统一管理、登记发放。
妥否，请批示。
联系人：周慧　联系电话：0745-6233018
佩川县特殊教育学校
2024年2月27日
""",
    ),
    dict(
        slug="edu-peichuan-maraca-contest-notice-attachments",
        site="佩川县教育体育网 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.peichuan.gov.cn/tzgg/202404/t20240410_6127.html",
        title="关于举办全县幼儿园自制打击乐器（沙锤）展评活动的通知",
        record_title="【学前·游戏课程】关于举办全县幼儿园自制打击乐器（沙锤）展评活动的通知 - 佩川县教育体育网",
        date="2024-04-08",
        date_also=["2024-04-10"],
        notes="education portal: 适老版/读屏 links, attachment download links beside the document's 附件 list; "
        "the document's contact and mailbox beside a technical-support line; a sentence telling schools to "
        "download and print a form; 成文日期 and a later posting date",
        page="""
<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>【学前·游戏课程】关于举办全县幼儿园自制打击乐器（沙锤）展评活动的通知 - 佩川县教育体育网</title>
<script src="/js/pcjy-main.js"></script>
<link rel="stylesheet" href="/css/pcjy.css">
</head>
<body>
<div class="top-links"><a>⟦a 适老版⟧</a> | <a>⟦a 读屏模式⟧</a> | <a>⟦a 辅助浏览条⟧</a></div>
<div class="logo">⟦m 佩川县教育体育网⟧</div>
<div class="nav">⟦m 首页　机构概况　通知公告　学前教育　基础教育　体育工作　办事指南⟧</div>
<div class="place">⟦m 当前位置：首页 ＞＞ 通知公告⟧</div>
<div class="art">
<h2>{T}</h2>
<div class="src">⟦m 发稿日期：2024-04-10　发稿科室：学前教育股　访问量：455⟧</div>
{BODY}
<div class="att">
<p>⟦a 附件1：展评作品登记表.docx⟧</p>
<p>⟦a 附件2：幼儿园展评报名汇总表.xls⟧</p>
</div>
<div class="print">⟦a 〖打印正文〗〖关闭本页〗⟧</div>
</div>
<div class="foot">
<p>⟦m 佩川县教育体育局主办　地址：佩川县文昌路28号⟧</p>
<p>⟦m 网站技术支持：佩川县教育信息中心　电话：0745-6220195⟧</p>
<p>⟦m 湘ICP备11009583号-1⟧</p>
</div>
</body>
</html>
""",
        body="""
各乡镇中心学校，县直各幼儿园，各民办幼儿园：
为深入推进幼儿园游戏化课程建设，鼓励教师和幼儿利用身边材料开展音乐活动，县教育体育局决定举办全县幼儿园自制打击乐器（沙锤）展评活动。现将有关事项通知如下。
一、参加对象
全县各级各类幼儿园，每园选送作品不超过3件。
二、作品要求
作品须以沙锤为主，由教师与幼儿共同制作，材料安全、环保，摇动时声音清晰，不得使用玻璃、金属锐边等危险材料。每件作品须附使用说明和一段不超过3分钟的演奏视频。
三、时间安排
4月25日前报名，5月10日前报送作品，5月中旬组织展评。
四、其他事项
请各园下载并打印附件1，如实填写后随作品一并报送；附件2由各乡镇中心学校汇总后报县教育体育局学前教育股。
联系人：曾雅琴　联系电话：0745-6220871　邮箱：pcxqjy@163.com
附件：1.展评作品登记表
2.幼儿园展评报名汇总表
佩川县教育体育局
2024年4月8日
""",
    ),
    dict(
        slug="edu-weixi-letter-parents-grips",
        site="尉溪教育在线 (invented education portal)",
        style="教育门户",
        genre="函",
        kind="letter",
        form="text",
        source="https://www.wxjyzx.cn/jzxx/2024/0828/1402.html",
        title="致全县小学一年级新生家长的一封信",
        record_title="家校携手丨致全县小学一年级新生家长的一封信（握笔器篇）_尉溪教育在线",
        date="2024-08-25",
        notes="education portal as text: a decorated title; a screen-reader link row; a scan-to-read line; a "
        "numbered list; 成文日期 under the signature",
        page="""
!m 尉溪教育在线
!a 关怀版 ｜ 读屏 ｜ 繁/简
!m 首页 > 家长学校 > 家校共育
!t 家校携手丨致全县小学一年级新生家长的一封信（握笔器篇）_尉溪教育在线
!m 来源：县教育局基础教育股　　阅读 2375
{T}
{BODY}
!a 扫描页面右侧二维码，手机上也能看这封信
!l 相关阅读：新生入学“五个一”准备清单｜如何帮助孩子度过入学适应期
!m 尉溪县教育局主办　尉溪县教育技术装备中心承办
!m 赣ICP备10025518号
""",
        indent="\u3000\u3000",
        body="""
亲爱的家长朋友：
您好！孩子即将步入小学，开始正式的书写学习。近年来，不少家长给孩子买了握笔器，希望帮助孩子养成正确的握笔姿势。为了让握笔器真正发挥作用，我们提几点建议：
1.不盲目购买。孩子握笔姿势基本正确的，不需要使用握笔器。确需使用的，请先听取班主任或书法老师的意见。
2.选对材质和型号。应选择无异味、软硬适中的硅胶制品，按孩子手的大小选择型号，并查看产品是否有合格证。
3.用用停停，逐步撤除。握笔器一般使用三至六个月，孩子能够稳定握笔后，应逐步减少使用时间。
4.多做手部游戏。捏橡皮泥、夹豆子、穿珠子等游戏，比单纯依靠握笔器更能锻炼孩子的手指力量。
学校不会要求家长统一购买任何品牌的握笔器。如有商家以学校名义推销，请及时向学校或县教育局反映。
尉溪县教育局
2024年8月25日
""",
    ),
    dict(
        slug="oa-jinda-expander-spring-minutes-vote",
        site="劲达协同办公平台 (invented OA intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.jindafit.local/doc/view.do?id=20240412-0031",
        title="拉力器弹簧断裂问题质量分析会会议纪要",
        record_title="[品质分析会] 拉力器弹簧断裂问题质量分析会会议纪要（已传阅）- 劲达协同办公平台",
        date="2024-04-12",
        notes="OA document view: 流转记录, read count and archive/forward buttons; minutes with 时间/地点/主持/"
        "参会/记录 lines and a vote count; the 时间 line gives the date",
        page="""
<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>[品质分析会] 拉力器弹簧断裂问题质量分析会会议纪要（已传阅）- 劲达协同办公平台</title>
<link rel="stylesheet" href="/oa/theme/blue/main.css">
<script src="/oa/js/jquery.min.js"></script>
<script src="/oa/js/docview.js"></script>
</head>
<body>
<div class="oa-top">⟦m 劲达协同办公平台⟧　⟦m 当前用户：品管部 汪晨⟧　<a>⟦a 退出系统⟧</a></div>
<div class="oa-menu">⟦m 待办事项　公文流转　会议管理　知识文档　通讯录⟧</div>
<div class="oa-path">⟦m 知识文档 / 品质管理 / 会议纪要⟧</div>
<div class="doc-head">
<h1>{T}</h1>
<p>⟦m 拟稿：品管部 汪晨　密级：内部　已阅 37 人⟧</p>
<p>⟦a 归档　转发　导出PDF　加入我的收藏⟧</p>
</div>
<div class="doc-body">
{BODY}
</div>
<div class="flow">
<h4>⟦l 流转记录⟧</h4>
<p>⟦l 2024-04-12 17:20　汪晨　提交审核⟧</p>
<p>⟦l 2024-04-13 09:06　程志海　审核通过⟧</p>
<p>⟦l 2024-04-13 09:15　系统　分发至各部门负责人⟧</p>
</div>
<div class="oa-foot">⟦d 本系统信息仅限公司内部使用，严禁截图外传。⟧　⟦m 技术支持：信息部 分机 8012⟧</div>
</body>
</html>
""",
        body="""
时间：2024年4月12日14:30
地点：公司三楼质量会议室
主持：程志海（副总经理）
参会：品管部、生产一部、采购部、技术部负责人及相关班组长
记录：汪晨
一、会议议题
近期客户反馈五弹簧拉力器（型号JD-505）在使用中出现弹簧断裂，3月份共收到投诉7起。会议对断裂原因进行了分析，并研究整改措施。
二、原因分析
经技术部对退回的12根断裂弹簧进行检测，断口均位于弹簧与挂钩连接的第一圈，主要原因是2月批次钢丝热处理回火温度偏低，弹簧脆性增大，同时挂钩弯折角度过小，造成应力集中。
三、议定事项
（一）立即冻结2月批次库存，已发出的产品由销售部联系客户更换。
（二）技术部一周内修订挂钩弯折工艺，采购部对钢丝供应商进行现场审核。
（三）品管部将弹簧疲劳试验由每批抽检5副提高到20副。
会议对是否更换钢丝供应商进行了表决，应到9人，实到9人，同意7人，反对1人，弃权1人，决定更换。
""",
    ),
    dict(
        slug="oa-kangyue-shake-machine-livestream-bulletin",
        site="康跃器械内部办公网 (invented intranet)",
        style="企业内网",
        genre="通报",
        kind="notice",
        form="text",
        source="http://10.8.0.12/portal/notice/2024/0315-07",
        title="关于甩脂机直播宣传用语违规问题的通报",
        date="2024-03-15",
        notes="intranet notice as text; the record title as is; login and read-count meta; a numbered list; "
        "成文日期 under the signature; a confidentiality notice at the end",
        page="""
!m 康跃器械内部办公网　【内部资料 注意保密】
!m 您好，销售部 何静怡｜待办 3｜消息 12
!m 通知公告 ＞ 公司通报
{T}
!m 发布部门：总经理办公室　　阅读：142　　附件：0
!a 【标为已读】【转发同事】【打印】
{BODY}
!l ◂ 上一条：关于清明节放假安排的通知
!l ▸ 下一条：2024年第一季度安全生产检查情况通报
!d 本网信息仅供毅州市康跃器械有限公司员工内部使用。
""",
        indent="\u3000\u3000",
        body="""
各部门、各直播小组：
3月9日，公司电商部在某平台直播销售律动甩脂机时，主播多次使用“站上去十分钟，甩掉三斤肉”“降血压、治颈椎”等宣传用语，被平台判定为虚假宣传，直播间被限流三天，并收到市场监管部门的问询函。
经调查，此次违规主要原因是：直播脚本未经法务审核；主播临场发挥，夸大产品功效；值班主管未及时制止。
为严肃纪律，经公司研究，决定对电商部予以通报批评，扣减直播小组当月绩效20%。同时要求：
一、所有直播脚本、短视频文案须经法务部审核后方可使用；
二、甩脂机宣传一律不得使用减肥、治疗、保健功效等用语；
三、电商部于3月22日前组织全体主播进行广告法培训。
希望各部门引以为戒，依法依规开展营销。
毅州市康跃器械有限公司总经理办公室
2024年3月15日
""",
    ),
]
