"""holdout195, part B: blogs, WeChat mirrors, document-sharing pages, education portals, intranets.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="blog-tingzhu-folding-fan-repair-tag-cloud",
        site="听竹小记 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="html",
        source="https://tingzhu.blog.csdnx.net/2025/08/16/zheshan/",
        title="修一把祖父留下的折扇",
        record_title="修一把祖父留下的折扇 | 听竹小记",
        date="2025-08-16",
        notes="blog page: bracketed post time is the page's date; tag cloud, archive, comment form; a like/reward row glued after a paragraph",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>修一把祖父留下的折扇 | 听竹小记</title>
<link rel="stylesheet" href="/theme/bamboo/style.css"><script src="/theme/bamboo/app.js"></script></head>
<body>
<header><h2 class="site">⟦m 听竹小记⟧</h2><p class="desc">⟦m 一个修旧物的人，记一点手上的事⟧</p>
<nav>⟦m 首页 · 旧物 · 读书 · 关于我⟧</nav></header>
<main><article>
<h1 class="entry-title">{T}</h1>
<div class="entry-meta">⟦m [2025-08-16 21:40] 作者：竹下老周 · 分类：旧物 · 阅读(428) · 评论(6)⟧</div>
<div class="entry-content">
{BODY}
</div>
<div class="tags">⟦l 标签：折扇 扇骨 修复 旧物⟧</div>
<div class="nav-links">⟦l « 上一篇：给老藤椅换藤皮⟧　⟦l 下一篇：一只铜墨盒的来历 »⟧</div>
</article>
<section id="comments"><h3>⟦l 评论区（6）⟧</h3>
<p>⟦l 瓦当：桐油那一步学到了，我家也有一把断骨的。⟧</p>
<form>⟦a 发表评论（昵称必填，邮箱不会公开）⟧<button>⟦a 提交⟧</button></form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 旧物 木工 藤编 铜器 折扇 读书笔记⟧</p>
<h4>⟦l 文章归档⟧</h4><p>⟦l 2025年8月 (3)　2025年7月 (5)　2025年6月 (4)⟧</p></aside>
<footer>⟦d 本博客文字均为原创，转载请联系作者并注明出处。⟧ ⟦m Powered by Typecho · Theme Bamboo⟧</footer>
</body></html>
""",
        body="""
祖父留下一把十六档的棕竹折扇，扇面是他年轻时请人画的墨竹。去年整理老屋时翻出来，两根扇骨断了，扇面也从折痕处裂开了几道口子。
修扇骨是最费工夫的。我找来一段同色的老棕竹，削成薄片，一点点对着断口打磨，用鱼鳔胶接上，再用细线缠紧，晾了整整三天。
扇面的裂口不敢自己动手，送到城里一位老师傅那里托了一层宣纸。师傅说，老扇面最怕潮，收起来之前要在扇骨上薄薄擦一层桐油。⟦a 喜欢这篇就点个赞吧 ♥ 赞赏作者⟧
如今这把扇子又能开合自如了。夏夜拿在手里扇几下，竹子的凉意和祖父身上那股旱烟味，好像一起回来了。
""",
    ),
    dict(
        slug="blog-baling-memoir-mosquito-net-hooks-wrapped",
        site="笆岭闲人的博客 (invented)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://blog.xianrenju.com/baling/article/20250619.html",
        title="外婆的蚊帐钩",
        record_title="外婆的蚊帐钩 — 笆岭闲人的博客 — 往事如烟",
        date=None,
        notes="blog text hard-wrapped at 60 columns; a year only in the text (no date); view line with a relative time; comment box",
        page="""
!m 笆岭闲人的博客
!m 博客首页　｜　往事如烟　｜　乡土风物　｜　留言板
!t 外婆的蚊帐钩 — 笆岭闲人的博客 — 往事如烟
!m 分类：往事如烟　　发表：5 天前　　阅读(612)　评论(4)
{BODY}
!l 本文标签：蚊帐　外婆　老屋
!a 转载　｜　收藏　｜　推荐给朋友
!l 评论（4）　　发表评论：
!l 山那边：看哭了，我外婆也有一对铜钩子。
!l 燕子矶：“吧嗒”一声，写得太真了。
!d 本博客文章未经许可请勿转载。
""",
        wrap=60,
        indent="\u3000\u3000",
        body="""
外婆的床是一张老式架子床，床檐两边挂着一对铜蚊帐钩，钩身上錾着两朵小梅花，擦得锃亮。
小时候每到夏天，我都跟外婆睡。天一黑，她先拿蒲扇在帐子里四下扇几遍，把蚊子赶出去，再把帐门从铜钩上放下来，掖进席子底下，一边掖一边念叨：“关好门，蚊子进不来。”
一九八七年老屋翻修，架子床拆了，外婆把那对铜钩用红布包好，压在箱底。外婆走后，母亲把铜钩交给了我。
如今我家早就装了纱窗，蚊帐也换成了蒙古包式的，那对铜钩派不上用场了。可每到夏天，我总会拿出来擦一擦，听它们碰在一起“吧嗒”一声，就好像又回到了那张架子床上。
""",
    ),
    dict(
        slug="wechat-laokou-hospital-eye-mask-tips-no-title",
        site="镜读公号 (invented WeChat mirror)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://jingdu.wxmirror.net/s/laokouyy/2025032118.html",
        title="戴眼罩睡觉，这几件事要注意",
        record_title=None,
        date="2025-03-21",
        notes="WeChat mirror with no record title (h1 on the page); account line with date; read-original, reward and 在看 rows; follow prompt glued before the first words; the hospital's own consulting line in the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>镜读公号 - 公众号文章阅读</title>
<script src="https://jingdu.wxmirror.net/js/lazy.js"></script></head>
<body><div class="rich_media">
<div class="mirror-bar">⟦m 镜读公号 · 好文章不怕找不到⟧ <a>⟦a 搜公众号⟧</a></div>
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list">⟦m 醪口县人民医院　2025-03-21 18:00　湖南⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="ops">⟦a 阅读原文⟧　⟦l 阅读 2.3万　赞 318　在看 96⟧</div>
<div class="reward">⟦a 喜欢作者　赞赏⟧</div>
<div class="more"><p>⟦l 往期推荐⟧</p><p>⟦l 打呼噜不是睡得香，可能是病⟧</p><p>⟦l 午睡多久最合适？⟧</p></div>
<div class="mirror-ft">⟦d 本页内容由镜读公号自动抓取自公开公众号，版权归原作者所有，如需删除请联系 jingdu@wxmirror.net⟧</div>
</div></body></html>
""",
        p_html="<section><span>{}</span></section>",
        body="""
⟦a 轻点标题下方蓝色名称，关注我们不迷路⟧很多人睡觉怕光，会戴上眼罩。眼罩确实能帮助入睡，但用不好也会给眼睛添麻烦。醪口县人民医院眼科医生提醒大家注意以下几点。
一、选材透气。眼罩贴着皮肤一整夜，宜选真丝、纯棉等透气材质，不要选择过厚、不透气的海绵眼罩。
二、松紧适度。眼罩不能紧压眼球，尤其是青光眼患者和近期做过眼部手术的人，应在医生指导下使用。
三、勤洗勤换。眼罩要每周清洗一次，晾干后再用，出现异味、起球要及时更换。
四、别靠眼罩“硬扛”。如果长期失眠、晨起眼睛干涩红肿，应及时到医院就诊。
眼科咨询电话：0745-8316020（工作日）
""",
    ),
    dict(
        slug="wechat-yutian-pledge-cattail-fans-account-date",
        site="公号搬书匠 (invented WeChat mirror)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://www.banshujiang.cc/mp/yutianwenming/77120.html",
        title="摇起老蒲扇，过个低碳夏——致全街道居民的倡议书",
        record_title="倡议书丨摇起老蒲扇，过个低碳夏——致全街道居民的倡议书 · 公号搬书匠",
        date="2025-07-01",
        date_also=["2025-07-02"],
        notes="WeChat mirror text: account line date differs from the 成文日期 under the signature; a sentence asking readers to share as content; star/在看 rows",
        page="""
!m 公号搬书匠 | 收录 3 万个公众号
!t 倡议书丨摇起老蒲扇，过个低碳夏——致全街道居民的倡议书
!m 原创　竽田文明实践　2025年07月02日 08:12
!a 点击蓝字 ★ 设为星标，不错过每一次推送
{BODY}
!a 阅读原文
!l 👍 赞 82　　在看 31　　留言 12
!l 精选留言：
!l 吴阿姨：我家还有三把蒲扇，明天拿到广场去！
!d 以上内容转载自公众号“竽田文明实践”，本站仅作索引，不存储原文。
""",
        indent="\u3000\u3000",
        body="""
全体居民朋友们：
炎炎夏日，空调带来清凉，也带来了用电高峰和“空调病”。为倡导绿色低碳生活，竽田街道新时代文明实践所向大家发出如下倡议：
一、少开一小时空调。室温不太高时，开窗通风，摇一摇蒲扇，把空调温度设置在26℃以上。
二、参加“蒲扇纳凉夜”。7月每周五晚，各社区广场设纳凉点，免费提供蒲扇，请老手艺人教大家编扇、画扇。
三、当好低碳宣传员。欢迎大家把这份倡议分享给家人和邻居，带动身边人一起行动。
让我们摇起老蒲扇，过一个清凉、节俭、低碳的夏天！
竽田街道新时代文明实践所
2025年7月1日
""",
    ),
    dict(
        slug="docshare-fengwen-name-plate-rules-docx",
        site="丰文共享 (invented)",
        style="文档分享",
        genre="制度",
        kind="other",
        form="html",
        source="https://www.fengwenshare.com/doc/2025/0407/9120433.html",
        title="会议桌牌制作与摆放规范（试行）",
        record_title="会议桌牌制作与摆放规范（试行）.docx",
        date=None,
        notes="sharing reader with a file-name record title and the file name on the page; numbered rules with decimal headings; a sentence about printing as content; upload notice and reviews; no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>会议桌牌制作与摆放规范（试行）.docx - 丰文共享</title></head>
<body>
<div class="top">⟦m 丰文共享 · 好文档一起用⟧ <a>⟦a 上传赚收益⟧</a> <a>⟦a 登录 / 注册⟧</a></div>
<div class="path">⟦m 首页 / 办公文书 / 行政管理 / 规章制度⟧</div>
<h1 class="fname">⟦t 会议桌牌制作与摆放规范（试行）.docx⟧</h1>
<div class="finfo">⟦m 大小：28.6KB　页数：3　上传于：2025-04-07　浏览：1,905　下载：77⟧</div>
<div class="btns">⟦a 在线预览前3页⟧ ⟦a 下载（2 共享币）⟧ ⟦a 收藏⟧</div>
<div class="viewer">
<p class="c">{T}</p>
{BODY}
</div>
<div class="tip">⟦d 温馨提示：本文档由用户“行政小鹿”上传分享，仅供参考，丰文共享不对其内容承担责任。⟧</div>
<div class="score">⟦l 用户评价：★★★★☆（12人评分）⟧</div>
<div class="dx">⟦w 代写各类规章制度，微信 fw_daixie88，当天交稿⟧</div>
<div class="sim"><h4>⟦l 相似文档推荐⟧</h4><ul><li>⟦l 会议座次安排规则.docx⟧</li><li>⟦l 会务工作流程图.pdf⟧</li></ul></div>
<div class="ft">⟦m © 丰文共享 fengwenshare.com　浙ICP备22004712号-1⟧</div>
</body></html>
""",
        body="""
1 总则
1.1 为规范机关会议桌牌的制作和摆放，提高会务服务水平，制定本规范。
1.2 本规范适用于机关各类会议、座谈会和接待活动。
2 制作要求
2.1 桌牌统一使用A4白卡纸对折打印，正反两面均印姓名，字体为方正小标宋，字号不小于80磅。
2.2 姓名为两个字的，中间空一个字符；少数民族同志的姓名按本人习惯书写。
2.3 会务人员须在会前一天完成打印，并由另一人按名单逐一核对。
3 摆放要求
3.1 桌牌居中摆放在座位正前方，距桌沿约10厘米，姓名正对参会人员和主席台两个方向。
3.2 主席台桌牌按会议确定的座次图摆放，临时调整须经办公室负责人同意。
""",
    ),
    dict(
        slug="docshare-pinwen-power-bank-agreement-template-markers",
        site="拼文网 (invented)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="https://www.pinwen.net/p/20250911/6631870.html",
        title="共享充电宝设备投放合作协议（范本）",
        record_title="共享充电宝设备投放合作协议（范本）_拼文网_可直接套用",
        date=None,
        notes="sharing text: page markers '⏣p n⏣' glued to the start of the continuation; template blanks ＿＿年＿＿月＿＿日; numbered clauses; no date",
        page="""
!m 拼文网 pinwen.net — 合同范本频道
!t 共享充电宝设备投放合作协议（范本）_拼文网_可直接套用
!m 分享者：合同小铺　　分享时间：2025-09-11　　阅读 3.4k　　格式：docx
!a 立即下载　　加入清单　　复制链接
{BODY}
!a 全文共4页，当前仅显示前2页 —— 下载后可查看完整协议
!w 需要修改合同条款？法务顾问在线，微信：pinwen_fawu
!d 本范本仅供参考，签约前请结合实际情况并咨询专业律师。拼文网不对使用后果承担责任。
""",
        pages=dict(fmt="⏣p{n}⏣", every=130, start=2, glue=True),
        body="""
甲方（场地方）：＿＿＿＿＿＿＿＿
乙方（设备方）：＿＿＿＿＿＿＿＿
甲乙双方本着平等互利的原则，就乙方在甲方经营场所投放共享充电宝设备事宜，达成如下协议：
一、乙方在甲方场所投放共享充电宝机柜＿＿台，设备的采购、安装、维护及充电宝的日常更换由乙方负责。
二、甲方提供设备摆放位置及电源，不得擅自移动、拆卸设备，因甲方原因造成设备损坏的，由甲方照价赔偿。
三、设备租借收入按甲方＿＿％、乙方＿＿％的比例分成，乙方于每月10日前通过对账后支付甲方上月分成款。
四、乙方应保证充电宝质量合格，因充电宝质量问题引发的起火、伤害等事故，由乙方承担全部责任。
五、本协议有效期自＿＿年＿＿月＿＿日至＿＿年＿＿月＿＿日，一式两份，双方各执一份。
甲方（盖章）：　　　　　乙方（盖章）：
签订日期：＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="edu-zengxi-notice-boarders-mosquito-nets",
        site="罾溪县教育信息网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zengxi.gov.cn/html/tzgg/2025/0826/5531.html",
        title="关于做好新学期住校生蚊帐配备工作的通知",
        record_title="关于做好新学期住校生蚊帐配备工作的通知-罾溪县教育信息网",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="education portal with care-mode links; 发布时间 differs from the 成文日期; the bureau's own contact beside the site's technical line; chrome line between paragraphs",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好新学期住校生蚊帐配备工作的通知-罾溪县教育信息网</title>
<script src="/js/common.js"></script></head>
<body>
<div class="tb">⟦a 关怀版 | 无障碍浏览⟧ <span>⟦m 今天是：星期二⟧</span></div>
<div class="logo">⟦m 罾溪县教育信息网 · 罾溪县教育局主办⟧</div>
<div class="menu">⟦m 首页　教育要闻　通知公告　政策法规　招生考试　办事指南⟧</div>
<div class="weizhi">⟦m 您现在的位置：首页 » 通知公告⟧</div>
<div class="wz"><h3>{T}</h3>
<div class="fbxx">⟦m 发布时间：2025-08-26　发布人：装备股　点击数：1644⟧</div>
<div class="nr">
{BODY}
</div>
<div class="dy">⟦a [打印文章]　[关闭窗口]　[返回顶部]⟧</div></div>
<div class="sxp">⟦l 上一篇：关于开展2025年秋季学期开学安全大检查的通知⟧<br>⟦l 下一篇：2025年秋季学期中小学作息时间安排⟧</div>
<div class="bot">⟦m 罾溪县教育局 版权所有　技术支持电话：0738-6255110⟧<br>⟦m 湘ICP备09044725号-2⟧</div>
</body></html>
""",
        body="""
各寄宿制中小学：
秋季开学在即，我县仍处于蚊虫活跃期。为保障住校学生健康，预防蚊媒传染病，现将住校生蚊帐配备有关事项通知如下：
一、各校要在开学前对学生宿舍床位进行排查，统一安装蚊帐挂钩或支架，确保每个床位都能挂设蚊帐。
⟦l 延伸阅读：秋季校园传染病防控要点⟧
二、家庭经济困难的住校生，由学校从公用经费中统一购买蚊帐免费发放，名单于9月5日前报县教育局学生资助中心。
三、班主任要指导学生正确挂设、按时清洗蚊帐，宿管人员每晚查寝时一并检查。
联系人：符晓岚，电话：0738-6255236
罾溪县教育局
2025年8月25日
""",
    ),
    dict(
        slug="edu-chaoyuan-school-exam-items-power-banks",
        site="耖原一中校园网 (invented)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="text",
        source="http://www.cy1z.edu.cn/jwc/tz/2025/1105.html",
        title="关于高二学业水平考试考场物品管理的通知",
        record_title="【教务公告】关于高二学业水平考试考场物品管理的通知",
        date="2025-11-05",
        notes="school text: a numbered list; sentences about downloading and printing 准考证 as content; the office's own phone beside the site's line; 成文日期",
        page="""
!m 耖原县第一中学 · 校园网
!m 首页 → 教务处 → 通知公告
!t 【教务公告】关于高二学业水平考试考场物品管理的通知
!m 作者：教务处　　来源：本站原创　　点击：867　　更新时间：2025-11-05
{BODY}
!a 【字体：小 大】【打印此文】【关闭】
!l 上一篇文章：高二年级期中考试成绩分析会通知
!l 下一篇文章：关于评选校级“优秀学生干部”的通知
!m 耖原一中网络中心维护　电话：0744-3380010
""",
        indent="\u3000\u3000",
        body="""
高二年级全体学生：
本学期学业水平合格性考试将于11月15日至16日进行。为维护考场秩序，保障考试安全，现将考场物品管理要求通知如下：
1．考生须于11月12日前登录省教育考试院网站下载并打印准考证，考试时凭准考证和身份证进入考场。
2．严禁携带手机、智能手表、充电宝、耳机等电子设备进入考场，确需携带的须在考前交由班主任统一保管。
3．充电宝不得放入考场外的书包存放区，以免发热起火，一律交至各楼层物品保管点。
4．考生只准携带黑色签字笔、2B铅笔、橡皮、直尺等考试用品。
如有疑问，请联系教务处，电话：0744-3380126。
耖原县第一中学教务处
2025年11月5日
""",
    ),
    dict(
        slug="oa-tanghu-minutes-electronic-name-plates-flow",
        site="耥湖文旅集团协同办公平台 (invented)",
        style="企业内网",
        genre="会议纪要",
        kind="minutes",
        form="html",
        source="http://oa.tanghuwl.com/doc/view.jsp?id=20250312-0041",
        title="会务服务中心关于启用电子桌牌的专题会议纪要",
        record_title="【会务·纪要】会务服务中心关于启用电子桌牌的专题会议纪要",
        date="2025-03-12",
        notes="OA document view: the minutes' 时间/地点/主持/参会/记录 lines; approval trail and read counts; a vote count; an extension line inside the body",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>协同办公平台 - 公文查看</title>
<script src="/oa/js/flow.js"></script></head>
<body>
<div class="oa-top">⟦m 耥湖文旅集团协同办公平台⟧　⟦m 当前用户：孔令仪（综合办）⟧　<a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项 | 已办事项 | 公文管理 | 会议管理 | 通讯录⟧</div>
<div class="oa-path">⟦m 公文管理 › 会议纪要 › 查看⟧</div>
<div class="doc">
<h2>{T}</h2>
<div class="doc-info">⟦m 拟稿：会务服务中心　密级：内部　阅读次数：58⟧</div>
{BODY}
</div>
<div class="flow"><h4>⟦m 流转记录⟧</h4>
<p>⟦m 2025-03-13 09:12　孔令仪（综合办）　提交⟧</p>
<p>⟦m 2025-03-13 15:40　贺启明（分管副总）　同意，请各部门遵照执行。⟧</p>
<p>⟦m 2025-03-14 08:30　系统　已分发至 9 个部门⟧</p></div>
<div class="oa-btns">⟦a 打印　导出PDF　转发　收藏⟧</div>
<div class="oa-ft">⟦d 内部资料，严禁外传。⟧</div>
</body></html>
""",
        body="""
时间：2025年3月12日下午
地点：集团办公楼三楼小会议室
主持：钟立川
参会：会务服务中心、综合办、信息中心、财务部相关负责人
记录：孔令仪
会议听取了会务服务中心关于试点启用电子桌牌的情况汇报，经讨论，形成如下意见：
一、同意在集团一号会议室和二号会议室先行安装电子桌牌40套，纸质桌牌继续保留，作为备用。
二、信息中心负责电子桌牌与会议预约系统对接，参会人员名单确认后自动推送姓名，4月10日前完成调试。
三、财务部按程序办理采购，预算控制在6万元以内。
表决情况：应到7人，实到7人，同意7票。
会务服务中心分机：8206
""",
    ),
    dict(
        slug="oa-laokou-airline-request-eye-masks",
        site="醪口航空客舱部内网 (invented)",
        style="企业内网",
        genre="请示",
        kind="request",
        form="text",
        source="http://portal.lkair.local/cabin/docs/2025-0418.html",
        title="关于采购可降解一次性眼罩的请示",
        record_title="[待办] 关于采购可降解一次性眼罩的请示 - 协同办公",
        date="2025-04-18",
        notes="intranet text: approval trail and read receipts; a table one row a paragraph; 附件; 成文日期",
        page="""
!m 醪口航空 · 员工门户
!m 我的待办 > 公文审批 > 请示件
!t [待办] 关于采购可降解一次性眼罩的请示 - 协同办公
!m 来文单位：客舱服务部　　紧急程度：普通　　已读 6/9
{BODY}
!m 审批意见：
!m 2025-04-21 周岚（采购部）：已核价，同意。
!m 2025-04-22 陶正平（分管领导）：同意，按程序采购。
!a 同意　　退回　　加签　　打印
!d 本系统仅限公司内部使用，未经授权禁止截屏外传。
""",
        body="""
公司领导：
为落实民航绿色发展要求，减少一次性塑料制品使用，客舱服务部拟将长航线经济舱配发的塑料包装眼罩更换为可降解材质眼罩。具体情况如下：
项目　现用眼罩　拟采购眼罩
材质　涤纶＋塑料袋包装　竹纤维＋纸质包装
单价　0.86元　1.12元
年用量　42万只　42万只
更换后年增加费用约10.9万元，可通过减少备份数量消化一部分。
妥否，请批示。
附件：可降解眼罩样品检测报告
客舱服务部
2025年4月18日
""",
    ),
]
