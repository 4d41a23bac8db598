"""holdout346, part B: blogs, WeChat mirrors, document-sharing sites, education portals, intranets.

Invented text (sites, places, people, numbers, chrome); see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wenyan-blog-board-sticker-word-cards",
        site="温言板书 (invented teacher's blog, Typecho-like)",
        style="博客",
        genre="博文",
        kind="other",
        form="html",
        source="https://wenyanbanshu.blog/archives/318/",
        title="磁性黑板贴让生字卡“站”上了黑板",
        record_title="磁性黑板贴让生字卡“站”上了黑板 - 粉墨手记 - 温言板书",
        date="2025-04-09",
        notes="blog post with tag cloud, archive, calendar and comment form; a bracketed post time as the date; a tip-jar line glued after a sentence",
        page="""
<!DOCTYPE html>
<html lang="zh"><head><meta charset="UTF-8"><title>磁性黑板贴让生字卡“站”上了黑板 - 粉墨手记 - 温言板书</title>
<link rel="stylesheet" href="/usr/themes/chalk/style.css"></head><body>
<header><div class="site-name">⟦m 温言板书⟧</div><div class="site-desc">⟦m 一个小学语文老师的黑板和琐事⟧</div>
<nav>⟦m 首页　粉墨手记　读书　关于我⟧</nav></header>
<main><article class="post">
<h2 class="post-title">{T}</h2>
<div class="post-meta">⟦m [2025-04-09 21:37] 老温 · 粉墨手记 · 阅读 412⟧</div>
<div class="post-content">
{BODY}
</div>
<p class="post-tags">⟦l 标签：黑板贴, 识字教学, 一年级⟧</p>
<div class="post-near">⟦l « 上一篇：那块被擦掉又写上的课程表⟧　⟦l 下一篇：一年级的拼音墙 »⟧</div>
</article>
<section id="comments"><h3>⟦l 已有 5 条评论⟧</h3>
<ol><li>⟦l 小池塘：磁贴在哪买的？我们班也想试试。⟧</li><li>⟦l 老温：回复 小池塘：文具批发市场就有，按片卖。⟧</li></ol>
<form>⟦a 称呼（必填）　邮箱（必填）　网址　提交评论⟧</form></section></main>
<aside><h4>⟦l 标签云⟧</h4><p>⟦l 板书 识字 班主任 家校 读书 拼音⟧</p>
<h4>⟦l 归档⟧</h4><p>⟦l 2025年4月 (3)　2025年3月 (6)　2025年2月 (2)⟧</p>
<div class="calendar">⟦m 2025 四月 一 二 三 四 五 六 日⟧</div></aside>
<footer>⟦d 本博文字为原创，转载请先留言打个招呼。⟧ ⟦m © 温言板书 · 由 Typecho 驱动⟧</footer>
</body></html>
""",
        body="""
一年级下学期的生字多，每节课要认八九个字。以前我把生字卡用透明胶贴在黑板上，一节课下来撕三四回，黑板上全是胶印。
这学期换了磁性黑板贴：把生字卡背面贴上一条软磁贴，往黑板上一放就吸住了，要换位置轻轻一推就行。孩子们最喜欢“字卡搬家”的游戏，把同一个偏旁的字挪到一列，一节课能挪好几轮。⟦a ☕ 觉得有用，请老温喝杯茶⟧
用了一个多月，也发现两个问题。一是我们教室的黑板是老式木板刷漆的，磁贴根本吸不住，只能放在后面那块钢板黑板上。二是磁贴太薄的话，粉笔灰一多就往下滑，后来换成稍厚一点的才稳当。
不管怎样，黑板总算干净了，孩子们也多了一样动手的乐趣。
""",
    ),
    dict(
        slug="nuancheng-blog-wrapping-books-wrapped",
        site="暖橙妈妈的小屋 (invented personal blog)",
        style="博客",
        genre="随笔",
        kind="other",
        form="text",
        source="http://nuancheng-mama.blog.cn/post/20250902-baoshu",
        title="又到一年包书时",
        record_title="【小屋日常】又到一年包书时 | 暖橙妈妈的小屋",
        date=None,
        notes="blog essay hard-wrapped at 58 columns; relative post time (no date); a like prompt glued after a paragraph (the wrap puts it on a line of its own); comments and an archive list below",
        page="""
!m 暖橙妈妈的小屋 — 记录和橙子一起长大的日子
!m 首页 · 日常 · 读书 · 手工
!t 【小屋日常】又到一年包书时
!m 发布于 3 天前　·　分类：日常　·　阅读 238
{BODY}
!a 喜欢就点个♥吧（已有 26 人点过）
!l 上一篇：橙子的暑假阅读清单　　下一篇：第一次家长会
!l 留言区（4 条）
!l 青团妈：我家今年也是包书膜，比牛皮纸省事多了
!l 暖橙妈妈：回复 青团妈：就是气泡有点难赶
!l 文章归档：2025年9月（2）　2025年8月（5）　2025年7月（3）
!d 小屋里的文字和照片都是我自己的，转载请先问我哦。
""",
        indent="\u3000\u3000",
        wrap=58,
        body="""
开学前一晚，书桌上又堆满了新课本，橙子抱着一卷包书膜跑过来，说老师让周一之前把书都包好。
小时候我包书用的是旧挂历，先把书放在纸中间，对齐了折出书脊，再把四个角塞进封皮里。那时候挂历纸又厚又亮，包出来的书整整齐齐，能用一个学期。
现在的包书膜是透明的，自带背胶，裁好尺寸撕开一贴就行。可我们娘俩包第一本的时候，气泡怎么也赶不干净，最后还是橙子想了个办法，用她的尺子一点一点从中间往外刮，才算平整。⟦a ↓ 看完别走，点个赞再走呗⟧
十一本书包完已经快十点了。橙子摸着亮晶晶的封皮说，明天要让同桌猜哪本是她自己包的。
我倒是有点怀念挂历纸的味道。
""",
    ),
    dict(
        slug="houchang-cdc-wechat-keyboard-film-star",
        site="号外存档 (invented WeChat mirror) / 郈昌疾控 (invented account)",
        style="公众号镜像",
        genre="科普",
        kind="other",
        form="html",
        source="https://www.haowaicundang.com/s/hcjk_20250611_02",
        title="键盘膜比马桶圈还脏？疾控提醒：这样清洗才管用",
        record_title=None,
        date="2025-06-11",
        notes="no title in the record, found in the <h1>; a star prompt glued before the article's first words; 原创 mark, 阅读原文/在看 rows and a QR line; the account line's date is the page's date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>号外存档</title>
<script>var biz="hcjk",idx=2;</script></head><body>
<div class="mirror-bar">⟦m 号外存档 · 公众号文章离线备份⟧ <a>⟦a 订阅此号更新⟧</a></div>
<div class="rich_media">
<h1 class="rich_media_title">{T}</h1>
<div class="rich_media_meta_list"><span class="original">⟦m 原创⟧</span> ⟦m 郈昌疾控　郈昌县疾病预防控制中心　2025年06月11日 17:30　江西⟧</div>
<div class="rich_media_content">
{BODY}
</div>
<div class="qr">⟦a 长按识别下方二维码，关注“郈昌疾控”⟧</div>
<div class="tool">⟦a 阅读原文⟧　⟦m 阅读 3916⟧　⟦a 分享　点赞　在看⟧</div>
<div class="tag">⟦l 收录于合集 #夏季健康提醒 9个⟧</div>
</div>
<div class="mirror-note">⟦d 本页为号外存档自动抓取的离线副本，版权归原公众号所有，原文如有更新以公众号为准。⟧</div>
<div class="mirror-foot">⟦m haowaicundang.com　京ICP备22015831号-3⟧</div>
</body></html>
""",
        p_html='<p style="margin-bottom:12px;">{}</p>',
        body="""
⟦a 点击上方蓝字，再点右上角“…”设为星标，不错过每一条健康提醒⟧不少上班族给电脑键盘贴了一层键盘膜，觉得这样键盘就干净了。可前不久，县疾控中心检验科在办公楼随机抽取了20张使用半年以上的键盘膜，检测结果让人意外：菌落总数最高的一张，是同一办公室马桶圈的5倍多。
为什么键盘膜会这么脏？键盘膜贴合在键帽上，手上的汗液、皮屑和零食碎屑落在膜的凹槽里，时间一长就成了细菌的“温床”；而大家往往只擦键盘膜表面，很少把它揭下来洗。
疾控专家提醒：键盘膜最好每周揭下来清洗一次，用温水加少量洗洁精轻轻搓洗，晾干后再贴回；多人共用的电脑，可以用75%酒精棉片擦拭；键盘膜发黄、发硬或者出现裂口，就该换新的了。
另外，吃东西前后记得洗手，尽量不要边吃零食边敲键盘。
""",
    ),
    dict(
        slug="weiyuelu-wechat-pledge-no-disposable-film",
        site="微阅录 (invented WeChat mirror) / 沾庆区实验小学 (invented account)",
        style="公众号镜像",
        genre="倡议书",
        kind="other",
        form="text",
        source="https://weiyuelu.net/a/zqsx/2025/0829/6612",
        title="告别一次性塑料包书膜倡议书",
        record_title="告别一次性塑料包书膜倡议书｜沾庆区实验小学（镜像备份）",
        date="2025-08-28",
        date_also=["2025-08-29"],
        notes="decorated record title (account and mirror tag); the account line's date differs from the pledge's signature date; 分享 as content; a forward prompt glued after a sentence",
        page="""
!m 微阅录 · 好文章不怕丢
!t 告别一次性塑料包书膜倡议书｜沾庆区实验小学（镜像备份）
!m 沾庆区实验小学　2025-08-29 19:05　发表于黎冠
!a 轻点“沾庆区实验小学”↑ 关注我们
{BODY}
!a 写留言　　♡ 在看 127
!m 阅读 5602
!l 往期推荐：开学第一课，我们这样准备　｜　新学期作息时间表
!d 微阅录仅作存档备份，著作权归原作者及原公众号所有。
""",
        body="""
亲爱的同学们、家长朋友们：
每到开学，不少家庭都会给新课本包上一层塑料包书膜。可这些包书膜大多只用一个学期就被撕下扔掉，难以回收，有的还带着刺鼻的气味。为此，学校少先队大队部向全校师生和家长发出倡议：
一、能不包就不包。新课本封面本身有覆膜，平时注意不卷边、不折角，就能保持干净。
二、确需包书的，优先选择牛皮纸、旧挂历纸等可回收材料，用完后投放到可回收物垃圾桶。
三、不买气味刺鼻、没有标识的塑料包书膜。
四、把自己包书的小窍门和作品分享给同学，欢迎把照片发给班主任，学校将评选“最美书衣”。⟦a 觉得有意义，就转发给班级群里的家长吧⟧
让我们从给课本换一件“绿色外衣”做起，做低碳生活的小主人！
沾庆区实验小学少先队大队部
2025年8月28日
""",
    ),
    dict(
        slug="wendangfang-request-exam-folders-docx",
        site="文档坊 (invented document-sharing site)",
        style="文档分享",
        genre="请示",
        kind="other",
        form="html",
        source="https://www.wendangfang.com/doc/3308127.html",
        title="关于为九年级学生统一配备试卷夹的请示",
        record_title="关于为九年级学生统一配备试卷夹的请示.docx",
        date="2025-02-17",
        notes="file name as the record title; upload notice, points lock and a service WeChat beside the request's own 联系人/电话; 成文日期 in Chinese numerals",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于为九年级学生统一配备试卷夹的请示.docx_文档坊</title></head><body>
<div class="hd">⟦m 文档坊 · 随手分享的文档库⟧ <a>⟦a 上传赚积分⟧</a> <a>⟦a 登录⟧</a></div>
<div class="crumb">⟦m 文档坊 ＞ 公文写作 ＞ 请示报告⟧</div>
<div class="file-box"><h1>{T}</h1>
<ul class="file-info"><li>⟦m 文件格式：DOCX⟧</li><li>⟦m 大小：21KB⟧</li><li>⟦m 页数：2⟧</li><li>⟦m 分享者：Amy学姐⟧</li><li>⟦m 下载次数：77⟧</li></ul></div>
<div class="upload-tip">⟦d 温馨提示：本文档由网友自愿分享，文档坊不对内容的准确性负责，引用前请核对。⟧</div>
<div class="doc-body">
{BODY}
</div>
<div class="lock">⟦a 本文档共2页，已展示全部文字；下载原文件需 5 积分，签到可领积分⟧</div>
<div class="btns"><a>⟦a 下载到电脑⟧</a> <a>⟦a 发送到手机⟧</a> <a>⟦a 举报侵权⟧</a></div>
<div class="kefu">⟦w 积分不够？加客服微信 wdf_kefu06 代充⟧</div>
<div class="rel"><h3>⟦l 你可能还需要⟧</h3><p>⟦l 关于申请购置教学仪器的请示（范文）⟧</p><p>⟦l 学校关于增加毕业班复习资料经费的请示⟧</p></div>
<div class="ft">⟦m 文档坊 wendangfang.com　苏ICP备18047762号⟧</div>
</body></html>
""",
        body="""
县教育体育局：
我校今年有九年级学生412人。为帮助学生分科整理复习试卷，减少试卷散落丢失，学校拟为九年级学生统一配备A4透明试卷夹，每人5个，共2060个。
经市场询价，每个试卷夹单价约2.6元，共需经费约5356元，拟从学校公用经费中列支，不向学生收取任何费用。采购将按学校小额采购程序办理，采购结果在校务公开栏公示。
妥否，请批示。
联系人：许庆华，电话：0797-8641203。
谯陇县第三中学
二〇二五年二月十七日
""",
    ),
    dict(
        slug="qiyue-template-magnet-purchase-contract",
        site="契约模板汇 (invented template-sharing site)",
        style="文档分享",
        genre="合同范本",
        kind="other",
        form="text",
        source="http://www.qiyuemoban.cn/hetong/caigou/40918.html",
        title="教学磁铁贴采购合同（范本）",
        record_title="教学磁铁贴采购合同（范本）【甲乙双方通用·条款自定】- 契约模板汇",
        date=None,
        notes="contract template with ×× placeholders, ＿＿ blanks and ＿＿＿＿年＿＿月＿＿日; 第N条 articles; no date",
        page="""
!m 契约模板汇 · 合同范本免费看
!m 合同范本 ＞ 采购合同 ＞ 文教用品
!t 教学磁铁贴采购合同（范本）【甲乙双方通用·条款自定】
!m 分享用户：法务小周　·　收藏 93　·　已下载 1,402 次
!d 模板仅供参考，签约前请结合实际情况由专业人士审阅。
{BODY}
!a 【下载可编辑版】　【复制条款】　【生成PDF】
!w 需要律师帮你改合同？在线咨询 qiyue_lawyer（微信同号）
!l 同类模板：办公用品采购合同　·　校服采购合同　·　教学仪器买卖合同
!m qiyuemoban.cn　客服邮箱 kefu@qiyuemoban.cn
""",
        body="""
甲方（采购方）：××学校
乙方（供货方）：××文教用品有限公司
根据《中华人民共和国民法典》及有关规定，甲乙双方经协商一致，就甲方采购教学磁铁贴事宜订立本合同。
第一条　产品名称、规格及数量：教学磁铁贴，规格＿＿＿＿，数量＿＿＿＿片，单价＿＿元，合同总价人民币＿＿＿＿元。
第二条　质量要求：产品吸附力应能在竖直白板上吸住不少于＿＿张A4纸，表面印刷清晰，边缘无毛刺，不含可迁移有害物质，乙方随货提供检验报告。
第三条　交货时间及地点：乙方应于＿＿＿＿年＿＿月＿＿日前将货物送至××学校总务处，运费由乙方承担。
第四条　验收及付款：甲方收货后＿＿日内验收，验收合格后＿＿日内付清货款。
第五条　违约责任：乙方逾期交货的，每逾期一日按合同总价的＿＿%支付违约金。
甲方（盖章）：　　　　　　乙方（盖章）：
签订日期：＿＿＿＿年＿＿月＿＿日
""",
    ),
    dict(
        slug="zhanqing-edu-board-sticker-notice",
        site="黎冠市沾庆区教育局 (invented education portal)",
        style="教育门户",
        genre="通知",
        kind="notice",
        form="html",
        source="http://jyj.zhanqing.gov.cn/tzgg/2025/0321/13207.html",
        title="关于规范中小学教室黑板贴使用管理的通知",
        record_title="关于规范中小学教室黑板贴使用管理的通知_区局发文_黎冠市沾庆区教育局",
        date="2025-03-19",
        date_also=["2025-03-21"],
        notes="education portal with 适老版/读屏 links and attachment download links beside the 附件 list; the bureau's contact and mailbox beside a technical-support line; page date differs from the signature date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于规范中小学教室黑板贴使用管理的通知_区局发文_黎冠市沾庆区教育局</title>
<script src="/static/js/common.js"></script></head><body>
<div class="top">⟦m 黎冠市沾庆区教育局⟧ <span>⟦a 适老版⟧ ⟦a 读屏⟧ ⟦a 网站导航⟧</span></div>
<ul class="nav"><li>⟦m 首页⟧</li><li>⟦m 机构概况⟧</li><li>⟦m 教育动态⟧</li><li>⟦m 区局发文⟧</li><li>⟦m 办事指南⟧</li></ul>
<div class="loc">⟦m 您的位置：首页 » 区局发文⟧</div>
<h2 class="tit">{T}</h2>
<div class="info">⟦m 发布：2025-03-21 08:55　作者：基础教育科　浏览次数：1530⟧</div>
<div class="txt">
{BODY}
</div>
<div class="attach"><p>⟦a 📎 附件1：教室黑板贴排查登记表.docx⟧</p><p>⟦a 📎 附件2：黑板贴规范张贴示意图.pdf⟧</p></div>
<div class="prt">⟦a [打印正文] [关闭本页]⟧</div>
<div class="foot">⟦m 网站技术支持：黎冠智联网络 0796-2255019⟧<br>⟦m 沾庆区教育局主办　黎ICP备10026358号⟧</div>
</body></html>
""",
        body="""
各中小学校：
近期，部分家长反映一些教室的黑板上贴满了课程表、评比栏、广告性质的宣传贴，既挤占板书区域，又造成反光，影响学生看黑板。为进一步规范教室黑板贴使用管理，现就有关事项通知如下。
一、黑板书写区内原则上不张贴任何黑板贴，课程表、值日表等确需张贴的，应贴在黑板两侧边框内，每块黑板不超过两张。
二、严禁张贴带有商业广告、培训机构信息的黑板贴；已经张贴的，于3月31日前全部清除。
三、选用黑板贴应为哑光材质，避免使用镜面、亮面贴纸。
四、各校于4月10日前填报排查登记表，报送区教育局基础教育科。
联系人：洪冠英，电话：0796-2271846，邮箱：zqjyj_jcjy@163.com。
附件：1.教室黑板贴排查登记表
2.黑板贴规范张贴示意图
黎冠市沾庆区教育局
2025年3月19日
""",
    ),
    dict(
        slug="qiaolong-edu-board-sticker-replacement-summary",
        site="谯陇县教育信息网 (invented)",
        style="教育门户",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.qljyxx.cn/xxdt/2025/07/4418.html",
        title="谯陇县第一小学2024—2025学年教室护眼黑板贴更换工作总结",
        record_title="【校园简讯】谯陇县第一小学2024—2025学年教室护眼黑板贴更换工作总结_谯陇县教育信息网",
        date="2025-07-04",
        notes="school summary with its table; a views line and a related list around it; a print prompt glued after a sentence; 成文日期 under the signature",
        page="""
!m 谯陇县教育信息网
!m 首页 - 学校动态 - 工作总结
!t 【校园简讯】谯陇县第一小学2024—2025学年教室护眼黑板贴更换工作总结
!m 提交单位：谯陇县第一小学　审核：县教育局信息科　访问量：681
!a 〔放大字体〕〔缩小字体〕〔语音播报〕
{BODY}
!l 本栏更多：县第二中学暑期安全教育工作总结　／　城关幼儿园保育工作总结
!m 谯陇县教育局主办　技术维护电话：0797-8600153
""",
        body="""
本学年，学校把教室护眼作为为学生办实事项目，对全校36间教室的黑板贴进行了全面清理和更换，现总结如下。
一、主要做法
学校先组织班主任逐间排查，共清理黑板上的旧贴纸、胶痕和过期评比贴418张，再统一换上哑光材质的磁性黑板贴，用于张贴课程表和值日表。⟦a （点此打印本文）⟧
年级　教室数　清理旧贴（张）　新换黑板贴（张）
一至二年级　12　151　24
三至四年级　12　139　24
五至六年级　12　128　24
二、取得成效
更换后，黑板书写区不再有贴纸遮挡，靠窗座位看黑板反光的问题明显减少。期末问卷显示，认为“看黑板更清楚”的学生占91.6%。
三、下一步打算
下学年将把黑板贴纳入每月卫生检查，发现起翘、褪色的及时更换。
谯陇县第一小学
二〇二五年七月四日
""",
    ),
    dict(
        slug="fengtuo-oa-exam-folder-quality-minutes",
        site="奉驼文具有限公司协同办公平台 (invented intranet)",
        style="企业内网",
        genre="会议纪要",
        kind="other",
        form="html",
        source="http://oa.fengtuo-wj.com/doc/view?id=20250611-0037",
        title="试卷夹弹簧夹脱落问题专题会议纪要",
        record_title="〔品控专题〕试卷夹弹簧夹脱落问题专题会议纪要 - 奉驼OA",
        date="2025-06-10",
        date_also=["2025-06-11"],
        notes="OA document view with its 流转记录, read count and buttons; the 时间/地点/主持/参会/记录 lines of minutes; the meeting's 时间 line gives the date",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>〔品控专题〕试卷夹弹簧夹脱落问题专题会议纪要 - 奉驼OA</title></head><body>
<div class="oa-top">⟦m 奉驼文具 · 协同办公⟧ <span>⟦m 当前用户：质量部 秦昌⟧</span> <a>⟦a 退出⟧</a></div>
<div class="oa-menu">⟦m 待办事项　已办事项　公文管理　会议管理　知识库⟧</div>
<div class="oa-path">⟦m 会议管理 / 会议纪要 / 查看⟧</div>
<div class="doc-head"><h3>{T}</h3>
<p>⟦m 密级：内部　紧急程度：一般　拟稿：质量部 秦昌⟧</p></div>
<div class="doc-body">
{BODY}
</div>
<div class="doc-btns">⟦a 标为已读　转发　归档　导出PDF⟧</div>
<div class="flow"><h4>⟦l 流转记录⟧</h4>
<p>⟦l 2025-06-11 09:02 秦昌 发起⟧</p><p>⟦l 2025-06-11 10:47 冠立新 已阅⟧</p><p>⟦l 2025-06-11 14:15 黎小燕 已阅⟧</p></div>
<div class="read">⟦m 阅读人数 18 / 未读 4⟧</div>
<div class="oa-foot">⟦d 内部资料，严禁外传，截图请注意信息安全。⟧ ⟦m 信息中心运维：分机 8020⟧</div>
</body></html>
""",
        body="""
时间：2025年6月10日下午2:30
地点：公司二楼第一会议室
主持：冠立新（副总经理）
参会：质量部、生产部、采购部、销售部负责人及注塑车间主任
记录：秦昌
会议围绕5月份客户反映的A4试卷夹弹簧夹脱落问题进行了专题研究，纪要如下。
一、问题原因。质量部通报，5月共收到客户投诉27起，涉及批次FT2505-03至FT2505-06。经拆检，主要原因是新换供应商的弹簧钢丝直径偏小0.1毫米，夹口铆接不牢。
二、整改措施。采购部即日起暂停该供应商供货，恢复原供应商；生产部对库存的1.8万个试卷夹逐个复检；质量部在来料检验中增加钢丝直径抽检项目。
三、客户处理。销售部在6月20日前完成对投诉客户的换货和回访。
""",
    ),
    dict(
        slug="changxu-intranet-keyboard-film-rules",
        site="昌许科技内网 (invented intranet)",
        style="企业内网",
        genre="规定",
        kind="other",
        form="text",
        source="http://intra.changxu-tech.com/zhidu/xz/2025-019",
        title="办公电脑键盘膜配发与使用管理规定",
        date=None,
        notes="the record's title as is; 第N条 articles that speak of 下载/打印 as content; an effective clause but no date; intranet chrome around it",
        page="""
!m 昌许科技 · 员工内网
!m 规章制度 ＞ 行政类 ＞ 第2025-019号
!m 发布部门：行政部　查看权限：全体员工　已读 326 人
{T}
{BODY}
!a 〖我已阅读并知晓〗　〖打印本制度〗　〖导出Word〗
!l 相关制度：办公设备领用管理办法　｜　工位卫生管理细则
!d 本页内容仅限昌许科技员工查看，禁止转发至外部网络。
!m IT服务台：分机 6600　内网版本 v4.2.1
""",
        body="""
第一条　为保持办公电脑键盘清洁卫生、延长使用寿命，结合公司实际，制定本规定。
第二条　公司为配备笔记本电脑的员工每年配发键盘膜一张，由行政部统一采购，员工在内网“行政服务”栏目提交领用申请后，到行政部前台领取。
第三条　键盘膜应与电脑型号相匹配。型号查询表可在内网“下载中心”下载，不清楚型号的，可请IT服务台协助确认。
第四条　员工应每周清洁键盘膜一次，发现破损、发黄或影响散热的，可申请提前更换。
第五条　离职员工归还电脑时，应将键盘膜揭下，由IT人员清洁键盘后办理交接。
第六条　行政部每季度打印键盘膜领用台账，报财务部备查。
第七条　本规定由行政部负责解释，自印发之日起施行。
""",
    ),
]
