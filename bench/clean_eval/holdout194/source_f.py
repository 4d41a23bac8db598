"""holdout194, part F: 百科问答, 网盘分享, 搜索快照, 打印页, 邮件转发 (one HTML, one text each).

Invented text, sites, places and people. See ../README.md and ../build.py for the markup.
"""

CASES = [
    dict(
        slug="wiki-zhiyuan-lifejacket-entry-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.cn/item/救生衣/10082",
        title="救生衣",
        record_title=None,
        date=None,
        notes="encyclopaedia entry: no record title, the entry name in the <h1> (also the first words of the body, so matched as head); infobox, contents box, edit/discuss/history tabs, references; an entry has no date (a 最近更新 stamp is no date)",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>知源百科_全球中文知识库</title></head>
<body>
<div class="bk-top">⟦m 知源百科⟧ ⟦a 进入词条　搜索词条⟧ ⟦a 登录⟧</div>
<div class="bk-tabs">⟦a 编辑　讨论　历史版本　收藏　分享⟧</div>
<h1>{T}</h1>
<div class="bk-sub">⟦m 个人水上救生用具⟧</div>
<div class="bk-box"><table>
<tr><td>⟦m 中文名：救生衣⟧</td></tr><tr><td>⟦m 外文名：life jacket⟧</td></tr><tr><td>⟦m 类别：水上救生设备⟧</td></tr><tr><td>⟦m 主要材料：闭孔泡沫、尼龙面料⟧</td></tr></table></div>
<div class="bk-toc">⟦l 目录　1 简介　2 分类　3 使用方法⟧</div>
<div class="bk-body">
{BODY}
</div>
<div class="bk-ref">⟦l 参考资料：1. 水上救生设备通用技术要求⟧</div>
<div class="bk-upd">⟦m 词条统计　浏览次数：46,315　编辑次数：12次　最近更新：lanbo_2020 于 2 个月前⟧</div>
<div class="bk-ft">⟦d 词条内容仅供参考，如需专业意见请咨询相关机构。⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
救生衣，又称救生背心，是一种穿在身上、能使落水者头部露出水面的个人救生用具，多为背心式，颜色以橙色、红色等醒目颜色为主。
按浮力来源，救生衣可分为固有浮力式和充气式两类。固有浮力式内填闭孔泡沫，无需操作即可提供浮力，常见于渡船、游船；充气式平时体积小，落水后自动或手动充气，多用于水上作业人员。
穿着救生衣时，应先扣紧胸前搭扣，再收紧腰带，儿童救生衣还应系好裆带，防止落水后救生衣从头部滑脱。救生衣上一般配有口哨和反光条，便于落水者呼救和夜间搜救。
""",
    ),
    dict(
        slug="wiki-baiwenku-screwdriver-entry-text",
        site="百问库 (invented encyclopaedia/Q&A)",
        style="百科问答",
        genre="词条",
        kind="other",
        form="text",
        source="http://www.baiwenku.example.com/wiki/luosidao",
        title="螺丝刀",
        title_also=["螺丝刀（手动工具）"],
        record_title="螺丝刀（手动工具）- 百问库·百科",
        date=None,
        notes="entry text page: the record gives the entry name with a disambiguation and a site suffix; the entry name and the body's first words coincide (head); contents, 'was this helpful' row and related questions; no date",
        page="""
!m 百问库 · 百科　　问答　　经验
!a 编辑词条　　添加义项　　历史记录
{T}
!m （手动工具）
!m 本词条由“百问库科普团队”参与编辑　　浏览 28,806
!l 目录：1 简介　2 种类　3 选用要点
{BODY}
!a 这个词条对您有帮助吗？　有用（412）　没用（9）
!l 相关问答：螺丝刀拧不动螺丝怎么办｜精密螺丝刀选几号｜电动螺丝刀和手动的区别
!d 百问库词条由网友共同编辑，内容仅供参考。
""",
        body="""
螺丝刀是用来拧转螺钉使其就位的手动工具，通常由手柄和刀杆组成，刀杆头部插入螺钉头的槽口内，转动手柄即可拧紧或拧松螺钉。各地叫法不一，有的地方叫“起子”“改锥”“螺丝批”。
按刀头形状，螺丝刀主要分为一字、十字、米字、内六角、梅花等类型，其中一字和十字最为常见。十字螺丝刀又有PH和PZ两种规格，外形相近，但不宜混用。
选用螺丝刀时，刀头应与螺钉槽口大小一致；带电作业须选用绝缘螺丝刀，并确认手柄绝缘层完好。
""",
    ),
    dict(
        slug="netdisk-yunduo-pillbox-plan-docx-marker-paras",
        site="云朵网盘 (invented cloud drive)",
        style="网盘分享",
        genre="工作方案",
        kind="plan",
        form="html",
        source="https://pan.yunduo.example.com/s/1Kq8mWnZ7x",
        title="豇塘镇独居老人“分药盒进家门”服务工作方案",
        record_title="豇塘镇独居老人“分药盒进家门”服务工作方案.docx",
        date="2025-08-25",
        notes="cloud-drive preview: file-name record title (.docx); the preview cut by ⊡ n ⊡ marker paragraphs; share info, expiry and 'save to my drive' prompts; the 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>豇塘镇独居老人“分药盒进家门”服务工作方案.docx - 云朵网盘</title></head>
<body>
<div class="pan-hd">⟦m 云朵网盘⟧ ⟦a 登录　注册⟧ ⟦a 下载客户端⟧</div>
<div class="share-info">⟦m 分享者：豇塘卫生院小秦　分享时间：2025-08-27 10:12　有效期：7天⟧</div>
<div class="file-bar"><h2>{T}</h2>⟦m 大小：21.4KB⟧ ⟦a 保存到我的网盘⟧ ⟦a 下载（需登录）⟧</div>
<div class="preview">
{BODY}
</div>
<div class="pv-end">⟦a 在线预览仅显示部分页，完整文件请保存后查看⟧</div>
<div class="pan-ft">⟦d 请勿通过网盘传播违法违规内容，一经发现将取消分享。⟧ ⟦m © 云朵网盘⟧</div>
</body></html>
""",
        p_html='<div class="pv-p">{}</div>',
        pages=dict(fmt="⊡ {n} ⊡", every=140, start=2),
        body="""
为减少辖区独居老人漏服、错服药品，根据县卫健局关于做实家庭医生签约服务的要求，结合我镇实际，制定本方案。
一、服务对象
辖区内65岁以上、长期服用两种以上慢性病药物的独居老人，预计180人。
二、服务内容
（一）配发分药盒。为每位服务对象免费配发七日分药盒一个，视力较差的配发大字版。
（二）定期分装。家庭医生团队每周上门一次，协助老人分装一周药品，核对用药清单。
（三）服药提醒。由村医或网格员每天电话提醒一次，连续三天未接听的，当天上门查看。
三、时间安排
9月1日至9月15日完成摸底和药盒配发，9月16日起常态化开展上门服务。
豇塘镇卫生院
2025年8月25日
""",
    ),
    dict(
        slug="netdisk-wangcai-petclinic-leash-rules-share",
        site="旺财云盘 (invented cloud drive)",
        style="网盘分享",
        genre="制度",
        kind="rule",
        form="text",
        source="https://www.wangcaipan.example.net/share/p7Xq2L",
        title="宠物医院候诊区牵引绳借用管理规定",
        record_title="【分享文件】宠物医院候诊区牵引绳借用管理规定（内部版）",
        date=None,
        notes="cloud-drive text share: share stamp, expiry, extraction code and file size in the chrome; 第N条 articles (one about scanning a code to borrow a leash stays); a rule without a date",
        page="""
!m 旺财云盘 · 文件分享
!m 分享者：瓞田宠物医院前台　　2 天前分享　　永久有效
!m 提取码：k7m2　　文件大小：14KB　　浏览：58
!t 宠物医院候诊区牵引绳借用管理规定.docx
!a 保存到网盘　　下载　　举报
{BODY}
!a 下载旺财云盘App，大文件极速传输
!d 本文件由用户分享，旺财云盘不对内容负责，如有侵权请联系 kefu@wangcaipan.example.net
""",
        body="""
第一条　为保障候诊区人宠安全，避免犬只之间、犬只与人之间发生冲突，制定本规定。
第二条　犬只进入候诊区必须佩戴牵引绳，牵引绳长度不超过1.2米。未携带牵引绳的，可在前台免费借用。
第三条　借用时请扫描前台的借用二维码登记手机号，诊疗结束后归还至前台回收筐。
第四条　借用的牵引绳每次归还后由前台人员用宠物专用消毒液擦拭消毒，晾干后再次借出。
第五条　牵引绳出现磨损、卡扣松动的，由前台人员登记后报废，不得继续借出。
第六条　本规定由医院前台负责解释，自发布之日起执行。
""",
    ),
    dict(
        slug="snapshot-sousuo-powerstrip-fire-notice-highlight",
        site="搜索快照 of 鬲浦县消防救援大队 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.sousuo.example.com/c?u=http%3A%2F%2Fxf.gepu.gov.cn%2Ftzgg%2F2025%2F1201.html",
        title="关于开展电动自行车和插线板消防安全宣传进社区活动的通知",
        record_title="关于开展电动自行车和插线板消防安全宣传进社区活动的通知 · 快照存档",
        date="2025-11-28",
        notes="snapshot frame: a capture banner with the original URL and capture time (no date), the highlighted search terms named in a banner line, the original page's chrome around it; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于开展电动自行车和插线板消防安全宣传进社区活动的通知 · 快照存档</title></head>
<body>
<div class="snap-banner">⟦d 您查看的是网页快照，该快照抓取于 2025-12-03 14:20，页面可能已经更新。⟧ ⟦m 原网址：http://xf.gepu.gov.cn/tzgg/2025/1201.html⟧ ⟦a 查看当前页面⟧</div>
<div class="snap-kw">⟦m 已高亮显示以下关键词：插线板 消防⟧</div>
<div class="orig">
<div class="o-hd">⟦m 鬲浦县消防救援大队⟧</div>
<div class="o-nav">⟦m 首页　警情通报　消防宣传　通知公告⟧</div>
<h2>{T}</h2>
<div class="o-meta">⟦m 点击：355　【关闭】⟧</div>
<div class="o-body">
{BODY}
</div>
<div class="o-ft">⟦m 火警电话：119　消防咨询：0766-5530119⟧</div>
</div>
</body></html>
""",
        body="""
各乡镇（街道）消防工作站，各社区：
冬季是火灾高发季节，电动自行车违规充电和插线板使用不当引发的火灾占比较高。为提高群众消防安全意识，大队决定于12月在全县开展电动自行车和插线板消防安全宣传进社区活动。现将有关事项通知如下：
一、每个社区至少组织一场现场宣传，重点讲解插线板串接、超负荷使用的危害。
二、各消防工作站组织人员入户检查，发现老化、无标志的插线板，劝导居民及时更换。
三、各单位于12月31日前将活动开展情况报大队防火监督科。
鬲浦县消防救援大队
2025年11月28日
""",
    ),
    dict(
        slug="snapshot-textcache-scenic-boat-lifejacket",
        site="文本快照 of 罍城县桃源湖景区 (invented)",
        style="搜索快照",
        genre="须知",
        kind="notice",
        form="text",
        source="http://snapshot.kuaizhao.example.cn/text?url=www.taoyuanhu-scenic.cn/news/0501.html",
        title="桃源湖景区游船乘客安全须知",
        record_title="桃源湖景区游船乘客安全须知（纯文本快照）",
        date="2025-04-28",
        notes="text-only cache: the capture line (no date) and 'text only' switch at the top; the original page's 发布日期 line gives the page's date; a numbered list",
        page="""
!d 这是 www.taoyuanhu-scenic.cn/news/0501.html 的纯文本快照，抓取时间：2025年5月9日 03:11
!a 查看完整版本　|　仅文字版本
!m 罍城县桃源湖景区官网
!m 首页 > 景区公告
{T}
!m 发布日期：2025-04-28　　阅读：1,204
{BODY}
!m 景区服务热线：0728-3367000　救援电话：0728-3367110
!m Copyright © 桃源湖景区管理处
""",
        body="""
各位游客：
为确保游船安全，请乘船游客遵守以下规定：
1. 登船前请在工作人员指导下穿好救生衣，扣好全部搭扣，儿童须穿着儿童救生衣。
2. 乘船全程不得脱下救生衣，不得在船上嬉戏打闹、倚靠船舷。
3. 遇大风、雷雨等天气，游船暂停运营，请听从工作人员安排。
4. 六十五周岁以上老人及孕妇请在家属陪同下乘船。
感谢您的配合，祝您游览愉快！
""",
    ),
    dict(
        slug="print-wujin-shop-screwdriver-display-rule",
        site="鼐州市百工五金连锁 (invented, print view)",
        style="打印页",
        genre="制度",
        kind="rule",
        form="html",
        source="https://www.baigongwujin.com/about/rules/12.html?print=1",
        title="门店工具陈列与试用安全规定",
        record_title="打印版｜门店工具陈列与试用安全规定",
        date=None,
        notes="print view calling window.print(): the print bar, a print stamp (no date), the page's URL and a print footer '第1页 ⊞ 共1页'; 第N条 articles, one about printing the checklist stays; a rule without a date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>打印版｜门店工具陈列与试用安全规定</title>
<script>window.onload=function(){window.print();}</script>
<style>@media print{.noprint{display:none}}</style></head>
<body>
<div class="noprint">⟦a 打印　｜　返回原文　｜　关闭⟧</div>
<div class="pr-head">⟦m 鼐州市百工五金连锁 · 门店管理制度⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pr-url">⟦m 本页地址：https://www.baigongwujin.com/about/rules/12.html⟧</div>
<div class="pr-stamp">⟦m 打印时间：2025/09/14 16:02:37⟧</div>
<div class="pr-foot">⟦p 第1页 ⊞ 共1页⟧</div>
</body></html>
""",
        body="""
第一条　为防止顾客在挑选、试用工具时受伤，规范门店工具陈列，制定本规定。
第二条　螺丝刀、美工刀等带尖、带刃工具应刀头朝下插放或装入护套陈列，陈列高度不低于儿童视线。
第三条　试用区螺丝刀须用安全绳固定在试用台上，电动螺丝刀试用时由店员在旁指导，试用后及时断电。
第四条　店长每日开店前按检查表逐项检查，检查表由门店打印后张贴在收银台旁。
第五条　发生顾客受伤的，店员应立即使用门店急救箱处置，并在当日上报区域经理。
""",
    ),
    dict(
        slug="print-renhe-pharmacy-pillbox-service-footer",
        site="仁和大药房 (invented, print view)",
        style="打印页",
        genre="说明",
        kind="notice",
        form="text",
        source="http://www.renhe-yaofang.cn/notice/88.html?mode=print",
        title="关于门店提供药品代分装服务的说明",
        record_title="〔打印〕关于门店提供药品代分装服务的说明",
        date="2025-05-06",
        notes="print view text: a print-preview line and a print stamp at the top, a URL line and a print footer '⟨页 1 · 共 1⟩' at the bottom; the pharmacy's own 咨询电话 in the body; date under the signature",
        page="""
!a 打印预览　［打印］［关闭］
!m 仁和大药房连锁有限公司
{T}
{BODY}
!m https://www.renhe-yaofang.cn/notice/88.html
!m 打印日期：2025-05-19
!p ⟨页 1 · 共 1⟩
""",
        body="""
尊敬的顾客：
为方便长期服药的老年顾客，自5月10日起，我司瓞田、豇塘两家门店提供药品代分装服务。顾客可携带药品和处方到店，由执业药师帮助将一周的药品分装进分药盒，本服务免费。
温馨提示：需要避光、防潮保存的药品，药师将评估后决定是否分装；分装后的药品请在一周内服用完毕。
咨询电话：0766-5566120
仁和大药房连锁有限公司
2025年5月6日
""",
    ),
    dict(
        slug="mail-webmail-fwd-leash-procurement-letter",
        site="鼐州政务邮 (invented webmail, reading view)",
        style="邮件转发",
        genre="函",
        kind="other",
        form="html",
        source="https://mail.naizhou.gov.cn/reader?mid=20250820-88172",
        title="关于商请协助采购宠物牵引绳的函",
        record_title="Fwd: 关于商请协助采购宠物牵引绳的函",
        date="2025-08-19",
        date_also=["2025-08-20"],
        notes="webmail reading view: sender/recipient/time headers and an attachment bar in the chrome; the letter's own 附件 list and 联系人/电话 in the body; the send time differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于商请协助采购宠物牵引绳的函 - 鼐州政务邮</title></head>
<body>
<div class="wm-top">⟦m 鼐州政务邮⟧ ⟦a 收信　写信　通讯录⟧ ⟦m 管理员：zfb_cg@naizhou.gov.cn⟧</div>
<div class="wm-bar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<h3 class="wm-subject">⟦m Fwd:⟧ {T}</h3>
<table class="wm-head">
<tr><td>⟦m 发件人：城管局办公室 &lt;cgj_bgs@naizhou.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 收件人：罘山街道办 &lt;fsjd@naizhou.gov.cn&gt;⟧</td></tr>
<tr><td>⟦m 时　间：2025年8月20日（星期三）上午9:41⟧</td></tr>
</table>
<div class="wm-fwd">⟦m ---------- 转发的邮件 ----------⟧</div>
<div class="wm-body">
{BODY}
</div>
<div class="wm-att">⟦a 附件（1个）：牵引绳采购需求表.xlsx（12KB）　预览　下载⟧</div>
<div class="wm-ft">⟦d 本邮件系统仅用于政务工作，严禁处理、传输涉密信息。⟧</div>
</body></html>
""",
        body="""
罘山街道办事处：
为推进城区文明养犬，我局计划在9月开展“拴绳行动”，拟向养犬居民免费发放牵引绳。经了解，贵街道已与本地供应商签订日用品框架采购协议，为节约采购成本，特商请贵街道协助代为采购牵引绳2000条，所需经费由我局据实拨付。
规格要求详见附件，请于8月29日前将报价反馈我局。
附件：牵引绳采购需求表
联系人：易明　电话：0597-3341207
鼐州市城市管理局
2025年8月19日
""",
    ),
    dict(
        slug="mail-text-forward-office-powerstrip-check",
        site="邮件转发 (invented, plain-text forward)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:all-staff@yunchuan-tax.example.cn?msgid=20251112-0035",
        title="关于开展办公区插线板隐患排查的通知",
        record_title="转发：关于开展办公区插线板隐患排查的通知",
        date="2025-11-11",
        date_also=["2025-11-12"],
        notes="a forwarded plain-text mail: the forwarder's note, From/To/Cc/Sent headers and a mail signature in the chrome; the notice's own 抄送 line and 联系人 in the body; the send date differs from the document's",
        page="""
!m 发件人：综合科 何静 <hejing@yunchuan-tax.example.cn>
!m 发送时间：2025年11月12日 星期三 08:47
!m 收件人：全体干部职工
!m 主题：转发：关于开展办公区插线板隐患排查的通知
!m 各位同事：转发机关后勤服务中心通知，请各科室于本周五前完成自查。
!m -------- 原始邮件 --------
!m 发件人：后勤服务中心 <hqfw@yunchuan-tax.example.cn>
!m 发送时间：2025年11月11日 17:20
{T}
{BODY}
!m --
!m 何静　综合科　分机 8103
!d 此邮件及其附件仅供收件人使用，如误收请立即删除。
""",
        body="""
机关各科室：
近期全市机关接连发生两起由插线板引发的火情。为消除安全隐患，中心决定在机关办公区开展插线板隐患排查。现将有关事项通知如下：
一、各科室对本科室插线板逐一检查，重点查看是否有串接、超负荷、外壳破损、插孔烧黑等情况。
二、发现问题插线板的，于11月14日前报后勤服务中心，由中心统一更换。
三、下班前最后离开的同志负责关闭插线板开关，饮水机、打印机等除外。
联系人：韩小川　分机：8126
耘川县税务局机关后勤服务中心
2025年11月11日
抄送：局办公室
""",
    ),
]
