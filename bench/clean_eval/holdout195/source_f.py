"""holdout195, part F: exam forums, encyclopaedias, cloud drives, search snapshots, print views, mails.

Invented text throughout; see ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="gkforum-shangan-interview-name-plate-mixup",
        site="上岸公考论坛 (invented)",
        style="公考论坛",
        genre="面试题",
        kind="other",
        form="html",
        source="https://bbs.shangangk.com/thread-331902-1-1.html",
        title="单位开会时领导桌牌摆错了，你作为会务人员怎么处理？",
        record_title=None,
        date=None,
        notes="exam forum with no record title: the thread subject on the page carries a tag; reply-to-see prompt, rating row, jammer fonts; relative post time",
        page="""
<html><head><meta charset="utf-8"><title>上岸公考论坛 - 面试交流</title></head>
<body>
<div id="hd">⟦m 上岸公考论坛 · 一起上岸⟧ ⟦a 登录　注册⟧</div>
<div id="pt">⟦m 上岸公考论坛 › 面试交流 › 结构化真题⟧</div>
<h1 class="ts">⟦t [面试真题] 单位开会时领导桌牌摆错了，你作为会务人员怎么处理？⟧</h1>
<div class="authi">⟦m 楼主 考公第三年　发表于 4 天前　查看 5120 回复 88⟧</div>
<div class="t_f">
{BODY}
</div>
<div class="locked">⟦a 本帖隐藏的参考答案需回复才可浏览⟧</div>
<div class="rate">⟦l 评分　参与人数 12　上岸币 +36⟧</div>
<div class="pl">⟦l 2楼 冲冲冲：先道歉还是先换桌牌？我觉得先换⟧</div>
<div class="pst">⟦a 发表回复　回帖后跳转到最后一页⟧</div>
<div id="ft">⟦m 上岸公考论坛　京ICP备19040261号⟧</div>
</body></html>
""",
        p_html="{}<br />",
        junk=dict(lines=1, glued=2),
        body="""
题目：你是单位办公室工作人员，负责一次全县工作会议的会务。会议开始前五分钟，你发现主席台上两位领导的桌牌摆反了，而领导已经入座。你怎么处理？
我的思路：
第一，沉着冷静，立即处置。趁会议还没开始，轻步上台，向两位领导简短致歉说明，把桌牌调换过来，整个过程不超过一分钟，不影响会议进行。
第二，会后主动汇报。向分管领导如实说明情况，承认自己核对不细的问题。
第三，总结经验，完善流程。以后摆放桌牌实行两人核对，会前十五分钟再对照座次图检查一遍。
""",
    ),
    dict(
        slug="gkforum-shenlun-power-bank-essay-junk",
        site="申论研习社 (invented exam forum)",
        style="公考论坛",
        genre="申论",
        kind="other",
        form="text",
        source="http://www.shenlunyx.com/forum/viewthread/90117",
        title="小小充电宝，照见城市服务的温度",
        record_title="[申论习作] 小小充电宝，照见城市服务的温度（求老师点评）",
        date=None,
        notes="exam forum text: a 申论 essay with junk lines and junk glued after 。; teacher's comment and replies below; no date",
        page="""
!m 申论研习社 › 大作文练习区
!t [申论习作] 小小充电宝，照见城市服务的温度（求老师点评）
!m 作者：一颗上岸的心　　发表于 前天 23:11　　浏览 1467
{BODY}
!l 【批改老师 穗青】：立意准确，第二段论据可再具体些，预估 28/40。
!l 沙发：结尾升华得好，收藏了
!a 回复　|　点评　|　收藏　|　举报
!m 申论研习社 · 手机版
""",
        junk=dict(lines=2, glued=2),
        body="""
出门在外，手机没电是不少人的烦恼。近年来，共享充电宝走进车站、医院、商场，一个小小的充电宝，照见的是城市服务的温度。
城市服务的温度，体现在对群众需求的及时回应。不少城市在政务大厅、公交站点免费提供充电服务，办事群众不再为手机没电发愁。
城市服务的温度，也体现在对规则的坚守。一些平台设置“超时即买断”条款，价格不透明，损害了消费者权益。监管部门要加强对收费规则的审查，让便民服务真正便民。
细微之处见真情。城市治理要从群众身边的小事做起，让每一份便利都有温度。
""",
    ),
    dict(
        slug="wiki-zhiyuan-mosquito-net-entry-infobox",
        site="知源百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.wiki/item/蚊帐/30217",
        title="蚊帐",
        record_title=None,
        date=None,
        notes="encyclopaedia with no record title: the one-word entry name in the h1 (head match, it opens the body too); infobox, contents box, edit/discuss/history tabs; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科 - 人人可编辑的百科全书</title></head>
<body>
<div class="top">⟦m 知源百科⟧ <form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form> ⟦a 登录⟧</div>
<div class="tabs">⟦a 编辑　讨论　历史版本　收藏　分享⟧</div>
<h1>{T}</h1>
<div class="infobox"><p>⟦m 中文名：蚊帐⟧</p><p>⟦m 外文名：mosquito net⟧</p><p>⟦m 分类：床上用品⟧</p><p>⟦m 主要材质：棉纱、涤纶、聚乙烯⟧</p></div>
<div class="toc">⟦l 目录　1 简介　2 类型　3 选购⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref">⟦l 参考资料：《家用纺织品手册》；《病媒生物防制实用指南》⟧</div>
<div class="edit">⟦m 词条统计：浏览 18,233 次　编辑 21 次　最近更新：2 个月前⟧</div>
<div class="ft">⟦d 本词条内容由网友共同编辑，如有错误欢迎指正。⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
蚊帐是挂在床上用来防止蚊虫叮咬的帐子，多用网眼织物制成，是我国南方地区夏季常用的床上用品。
用蚊帐防蚊的做法在我国由来已久，古代称为“帱”或“帐”，多以葛布、纱罗制作。
类型
按安装方式，蚊帐可分为吊顶式、支架式和免安装式三类。吊顶式悬挂在天花板上，支架式配有金属或竹制支架，免安装式为折叠弹簧结构，打开即可使用。
选购
选购蚊帐时，应注意网眼密度、面料和缝制质量。网眼过大防蚊效果差，过密则影响通风。世界卫生组织推荐在疟疾流行地区使用药浸蚊帐。
""",
    ),
    dict(
        slug="wiki-wenyuan-folding-fan-entry",
        site="文渊百科 (invented)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.wenyuanbk.cn/view/shan/zheshan.html",
        title="折扇",
        record_title="折扇 - 文渊百科·器物分类",
        date=None,
        notes="encyclopaedia text: entry name as a decorated record title; infobox lines; section headings; example years inside sentences (no date)",
        page="""
!m 文渊百科 › 器物 › 生活用具
!t 折扇 - 文渊百科·器物分类
!a 编辑词条　　添加义项　　收藏
!m 中文名：折扇　　别称：聚头扇、撒扇　　类别：扇子
{BODY}
!l 词条标签：生活用品　传统工艺　扇子
!m 本词条由“文渊百科”用户共同编辑，最后修订于 3 天前
!d 文渊百科词条内容仅供参考，转载请注明出处。
""",
        body="""
折扇是一种可以折叠的扇子，由扇骨和扇面组成，用时打开成半圆形，不用时收拢成条状，便于携带。
历史
一般认为折扇由日本、朝鲜传入，至明代在我国广泛流行。明代永乐年间，宫廷开始大量制作折扇，文人雅士多在扇面上题诗作画。
结构
扇骨多用竹、木、象牙等材料制成，以棕竹、湘妃竹为上品；扇面多用纸或绢，两面裱糊在扇骨上。扇骨的根数称为“档”，常见的有十六档、十八档等。
""",
    ),
    dict(
        slug="netdisk-yunxiang-eye-mask-sewing-sop-pdf",
        site="云享网盘 (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="other",
        form="html",
        source="https://pan.yunxiang.cc/s/1aQ7vK2mP0",
        title="遮光眼罩缝制工序作业指导书",
        record_title="遮光眼罩缝制工序作业指导书.pdf",
        date=None,
        notes="cloud-drive preview: file info, expiry, save/download buttons, file-name record title and file name on the page; decimal headings; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>遮光眼罩缝制工序作业指导书.pdf_免费高速下载|云享网盘</title></head>
<body>
<div class="hd">⟦m 云享网盘 · 分享无界⟧ ⟦a 登录⟧ ⟦a 注册领2T空间⟧</div>
<div class="share-info"><h2>⟦t 遮光眼罩缝制工序作业指导书.pdf⟧</h2>
<p>⟦m 分享者：醪口丝绸-工艺科　分享时间：2025-09-02 14:05　有效期：永久⟧</p>
<p>⟦m 文件大小：1.3MB⟧</p>
<div class="btn">⟦a 转存到我的云享⟧ ⟦a 下载（需开通超级会员加速）⟧ ⟦a 举报⟧</div></div>
<div class="preview">
<h3>{T}</h3>
{BODY}
</div>
<div class="tip">⟦a 仅可预览前 2 页，保存后查看完整文件⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，网盘文件由用户上传，云享网盘不承担相关责任。⟧ ⟦m 沪ICP备20031207号⟧</div>
</body></html>
""",
        body="""
1 适用范围
1.1 本指导书适用于公司遮光眼罩（丝绸面、棉内衬）的缝制工序。
2 作业步骤
2.1 检查裁片：面料、内衬、遮光棉三层裁片数量一致，无破洞、无色差。
2.2 合片缝制：三层对齐后沿边缘0.5厘米缝合，针距每3厘米12至14针，留3厘米翻口。
2.3 翻面封口：翻面后整烫平整，用暗针封口，线头修剪不超过0.2厘米。
2.4 装松紧带：松紧带两端各缝入1.5厘米，来回加固三道。
3 质量要求
3.1 成品不得有跳针、断线、漏缝，遮光棉不得外露。
""",
    ),
    dict(
        slug="netdisk-ketang-meeting-room-rules-wps-wrapped-markers",
        site="壳唐云盘 (invented)",
        style="网盘分享",
        genre="制度",
        kind="other",
        form="text",
        source="https://yun.ketang.net/share/kc/88Hs20",
        title="会议室管理及桌牌使用制度",
        record_title="会议室管理及桌牌使用制度.wps",
        date=None,
        notes="cloud-drive text: file-name record title; hard-wrapped at 58 columns; page markers '♢n♢' mixed glue; 第N条 articles speaking of printing; no date",
        page="""
!m 壳唐云盘　｜　文件分享
!t 会议室管理及桌牌使用制度.wps
!m 大小 36KB　·　分享于 4 天前　·　到期：30 天后
!a 预览　　保存至云盘　　下载
{T}
{BODY}
!a 预览模式仅显示部分内容，请下载查看完整文件
!d 壳唐云盘温馨提示：请谨慎下载来历不明的文件，谨防诈骗。
""",
        wrap=58,
        pages=dict(fmt="♢{n}♢", every=100, start=2, glue="mix"),
        body="""
第一条　为规范会议室使用和桌牌管理，节约会务成本，制定本制度。
第二条　会议室实行预约使用，各部门须提前一个工作日在办公系统提交申请，写明会议名称、时间、人数和是否需要桌牌。
第三条　桌牌由综合办统一制作，纸质桌牌使用后可回收的应回收再用，不得随意丢弃；亚克力桌牌套用后放回桌牌柜。
第四条　需打印桌牌的，申请部门须在会前半天提供参会人员名单，综合办核对后打印，临时增加人员的由申请部门自行补打。
第五条　会后由使用部门清理会场，关闭空调、投影等设备。
第六条　本制度自印发之日起执行。
""",
    ),
    dict(
        slug="snapshot-subway-power-bank-reminder-frame",
        site="搜达快照 (invented search cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="html",
        source="https://cache.souda.cn/c?u=www.lanchuanmetro.com/news/2025/0121.html",
        title="关于乘客携带充电宝乘车的温馨提示",
        record_title="关于乘客携带充电宝乘车的温馨提示 - 搜达快照",
        date="2025-01-20",
        notes="search-cache frame with a capture banner and highlighted terms; snapshot stamp is no date; numbered items; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于乘客携带充电宝乘车的温馨提示 - 搜达快照</title></head>
<body>
<div class="cache-banner">⟦d 这是搜达对 www.lanchuanmetro.com/news/2025/0121.html 的快照，保存于 2025-02-03 06:12。网页可能已经更新，请点击查看当前页面。⟧</div>
<div class="cache-kw">⟦m 您查询的关键词已被标亮：<b style="background:#ff6">充电宝</b> <b style="background:#9f9">乘车</b>⟧</div>
<div class="cache-tip">⟦d 搜达与网页作者无关，不对其内容负责。⟧</div>
<hr>
<div class="site-hd">⟦m 罱川轨道交通集团⟧ ⟦m 首页 | 乘客服务 | 新闻中心 | 公告通知⟧</div>
<h2>{T}</h2>
<div class="info">⟦m 来源：运营分公司　浏览：3301⟧</div>
<div class="txt">
{BODY}
</div>
<div class="site-ft">⟦m 服务热线：0739-96061⟧ ⟦m 湘ICP备19008815号⟧</div>
</body></html>
""",
        body="""
广大乘客朋友：
近期，多地地铁发生乘客随身充电宝冒烟事件。为保障乘车安全，现提醒如下：
一、乘客可以携带额定能量不超过100Wh的充电宝进站乘车，进站时请配合安检人员查验。
二、乘车途中，请尽量不要使用充电宝为手机充电，不要将充电宝放在座椅下方或紧贴身体的口袋内。
三、发现充电宝发烫、冒烟时，请立即远离并按下车厢内的紧急对讲按钮，听从工作人员指挥。
罱川轨道交通集团运营分公司
2025年1月20日
""",
    ),
    dict(
        slug="snapshot-textcache-free-mosquito-nets-elderly",
        site="百寻快照 (invented text-only cache)",
        style="搜索快照",
        genre="公告",
        kind="notice",
        form="text",
        source="http://kz.baixun.com/text?url=jd.zengxi.gov.cn/gg/2025/0528.html",
        title="关于为辖区独居老人免费更换蚊帐的公告",
        record_title="【快照·纯文字】关于为辖区独居老人免费更换蚊帐的公告",
        date="2025-05-28",
        notes="text-only cache: capture banner, keyword line; snapshot stamp is no date; the street office's own contact; 成文日期",
        page="""
!d 百寻快照：这是网页 jd.zengxi.gov.cn/gg/2025/0528.html 于 2025年6月9日 的纯文字版本，原网页可能已变化。
!m 以下词语已标亮：独居老人　蚊帐
!a 查看原网页　　完整版快照
!m 罾溪县城东街道办事处 > 通知公告
{T}
{BODY}
!m 城东街道办事处 版权所有
""",
        body="""
辖区各居民：
为帮助独居老人安全度夏，城东街道将为辖区70周岁以上独居老人免费更换一批新蚊帐。现将有关事项公告如下：
一、6月10日至20日，各社区网格员将上门登记，老人家中蚊帐破损或没有蚊帐的，均可登记更换。
二、新蚊帐由志愿者上门安装，旧蚊帐可由志愿者统一回收处理。
三、老人子女也可代为登记，请携带老人身份证到社区服务站办理。
咨询电话：城东街道社会事务办 0738-6234410
罾溪县城东街道办事处
2025年5月28日
""",
    ),
    dict(
        slug="print-shanyiguan-visitor-rules-window-print",
        site="耖原扇艺馆 (invented, print view)",
        style="打印页",
        genre="须知",
        kind="other",
        form="html",
        source="http://www.cyshanyi.cn/print.asp?id=36",
        title="耖原扇艺馆参观须知",
        record_title="〖打印视图〗耖原扇艺馆参观须知",
        date=None,
        notes="print view calling window.print(), print stamp and footer; numbered rules including a scan-to-book sentence as content; no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖打印视图〗耖原扇艺馆参观须知</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 【打印】　【关闭窗口】⟧</div>
<div class="phead">⟦m 耖原扇艺馆 www.cyshanyi.cn⟧</div>
<h2>{T}</h2>
<div class="pbody">
{BODY}
</div>
<div class="pfoot">⟦m 打印时间：2025/8/30 下午3:42:10⟧</div>
<div class="pfoot">⟦p ⟢ 1 ∶ 1 ⟣⟧</div>
</body></html>
""",
        body="""
一、本馆每周二至周日9:00—17:00开放，16:30停止入馆，周一闭馆（法定节假日除外）。
二、本馆实行免费预约参观，请提前一天扫描本馆公众号二维码预约，凭预约码和身份证入馆。
三、馆内展出的古扇多为纸、绢材质，请勿触摸展品，拍照时请关闭闪光灯。
四、体验区提供折扇、团扇制作体验，每场限20人，材料费由参观者自理。
五、请爱护馆内设施，保持安静，不在馆内饮食。
""",
    ),
    dict(
        slug="print-laokou-ward-eye-mask-rules",
        site="醪口县中医院 (invented, print page)",
        style="打印页",
        genre="制度",
        kind="other",
        form="text",
        source="http://www.lkzyy.com/hlb/zd/print/0217.html",
        title="住院患者睡眠辅助用品发放管理规定",
        record_title="打印页面 › 住院患者睡眠辅助用品发放管理规定",
        date="2025-02-17",
        notes="print page text: print header with URL, print stamp and footer; 第N条 articles; 成文日期",
        page="""
!m 醪口县中医院护理部 — 打印版
!m http://www.lkzyy.com/hlb/zd/0217.html
{T}
{BODY}
!m 打印人：王**　打印时间：2025-03-04 10:26
!p ⟢ 第1页 ∶ 共1页 ⟣
""",
        body="""
第一条　为改善住院患者睡眠，规范眼罩、耳塞等睡眠辅助用品发放，制定本规定。
第二条　睡眠辅助用品由护理部统一采购，各病区按月申领。
第三条　责任护士在入院评估时询问患者睡眠情况，对有需要的患者免费发放眼罩、耳塞各一副，并登记在护理记录中。
第四条　眼罩、耳塞为一次性用品，患者出院时不再回收。
第五条　本规定自发布之日起施行。
醪口县中医院护理部
2025年2月17日
""",
    ),
    dict(
        slug="mail-webmail-fwd-name-plate-confirmation-letter",
        site="罱川政务邮箱 (invented webmail)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.lanchuan.gov.cn/read?mid=2025102800137",
        title="关于确认参会人员名单及桌牌信息的函",
        record_title="Fwd: 关于确认参会人员名单及桌牌信息的函",
        date="2025-10-27",
        date_also=["2025-10-28"],
        notes="webmail reading view: forwarded header with send time (other date also accepted), attachment bar beside the letter's own 附件; the office's own contact; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于确认参会人员名单及桌牌信息的函 - 罱川政务邮箱</title></head>
<body>
<div class="mail-top">⟦m 罱川政务邮箱⟧ ⟦a 收信　写信　通讯录　设置　退出⟧</div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为　更多⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于确认参会人员名单及桌牌信息的函⟧</h3>
<p>⟦m 发件人：县政府办公室会务科 &lt;hwk@lanchuan.gov.cn&gt;⟧</p>
<p>⟦m 收件人：县直各单位办公室⟧</p>
<p>⟦m 时　间：2025年10月28日（星期二）上午9:16⟧</p>
<p>⟦m 附　件：1 个（参会回执表.xlsx，18.2KB）⟧</p></div>
<div class="mail-body">
<p>⟦m ---------- 转发的邮件 ----------⟧</p>
<p>{T}</p>
{BODY}
</div>
<div class="att">⟦a 📎 参会回执表.xlsx（18.2KB）　预览　下载　存网盘⟧</div>
<div class="mail-ft">⟦d 本邮件及附件仅限收件人使用，如误收请删除。⟧</div>
</body></html>
""",
        body="""
县直各单位：
县政府定于11月4日召开全县经济运行分析会。为做好会务保障，请各单位于10月31日前确认参会人员名单及桌牌信息，具体事项如下：
一、各单位主要负责同志参会，确因特殊情况不能参会的，须书面向县政府办公室请假，并明确代会人员。
二、请在回执中准确填写参会人员姓名和职务，姓名中有生僻字的请注明读音，以便制作桌牌。
三、回执加盖单位公章后扫描发送至hwk@lanchuan.gov.cn。
联系人：会务科 付婷，电话：0739-5520163
附件：参会回执表
罱川县人民政府办公室
2025年10月27日
""",
    ),
    dict(
        slug="mail-reply-chain-souvenir-fans-order-letter-docx",
        site="釉城企业邮 (invented mail print)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="http://exmail.ycqy.com/print?mid=88120",
        title="关于订购会议纪念折扇的函",
        record_title="回复：关于订购会议纪念折扇的函.docx",
        date="2025-05-12",
        date_also=["2025-05-14"],
        notes="mail print in a reply chain: file-name record title; quoted reply above the letter; send time differs from the letter's 成文日期; a table one row a paragraph",
        page="""
!m 釉城企业邮　打印邮件
!m 主题：回复：关于订购会议纪念折扇的函.docx
!m 发件人：瓷都扇庄 <cdsz@ycqy.com>
!m 发送时间：2025-05-14 16:40
!m 收件人：釉城市陶瓷文化研究会 <ycwh@ycqy.com>
!l 您好！来函收悉，样品将于本周五寄出，报价见附件。——瓷都扇庄 程经理
!m -------- 原始邮件 --------
{T}
{BODY}
!p 第 1 页／共 1 页
""",
        body="""
瓷都扇庄：
我会定于6月举办第五届陶瓷文化学术研讨会，拟订购一批印有会标的纪念折扇，赠送参会嘉宾。现将订购需求函告如下：
品名　规格　数量
竹骨绢面折扇　八寸，十六档　150把
扇袋　锦缎，配会标　150个
请贵庄于5月20日前寄送样品并报价，交货时间不晚于6月5日。
联系人：章文漪，电话：0746-5233208
釉城市陶瓷文化研究会
2025年5月12日
""",
    ),
]
