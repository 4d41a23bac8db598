"""holdout221, part F: encyclopaedias, cloud drives, search caches, print views and forwarded mail.

Invented text (places, people, sites, URLs, phones); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhiyuan-pen-entry-infobox-refs",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/点读笔/40917",
        title="点读笔",
        record_title="点读笔（学习用电子产品）- 知源百科",
        date=None,
        notes="encyclopaedia entry: edit/discuss/history tabs, an infobox, a contents box, reference markers glued after 。; update stamp no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>点读笔（学习用电子产品）- 知源百科</title></head><body>
<div class="hd">⟦m 知源百科 · 人人可编的知识库⟧ <a>⟦a 登录⟧</a> <a>⟦a 创建词条⟧</a></div>
<div class="tabs">⟦a 编辑词条⟧　⟦a 参与讨论⟧　⟦a 修订历史⟧</div>
<h1>{T}</h1>
<div class="sub">⟦m 学习用电子产品⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名：点读笔⟧</td></tr>
<tr><td>⟦m 类　别：学习用电子产品⟧</td></tr>
<tr><td>⟦m 原　理：光学识别＋音频回放⟧</td></tr>
</table>
<div class="toc">⟦l 目录　1 工作原理　2 用途　3 选购⟧</div>
<div class="para">
{BODY}
</div>
<div class="ref"><h3>⟦l 参考资料⟧</h3><p>⟦l [1] 学习用电子产品常识手册，第3版⟧</p><p>⟦l [2] 儿童数字阅读产品选购指南⟧</p></div>
<div class="ft">⟦m 本词条最近更新于 6 天前，浏览 21,306 次⟧　⟦d 词条内容仅供参考，如需专业意见请咨询相关人士⟧</div>
</body></html>
""",
        body="""
点读笔是一种利用光学识别技术，将印刷品上的隐形编码转换为语音的学习工具，外形与普通钢笔相近。⟦l [1]⟧
使用时，用笔头轻触配套书籍上的文字或图画，笔内的光学头识别页面上的微小码点，并播放事先下载到笔内的对应音频。
点读笔多用于少儿英语、绘本阅读和语文识字，也有面向老年人的戏曲、健康读物。
选购点读笔时，一般要关注可点读书目的数量、音频内容是否经过审核、是否需要联网以及续航时间等。⟦l [2]⟧
由于点读功能依赖特制印刷的书籍，普通图书无法直接点读，部分产品通过贴纸方式让普通书籍也能点读。
""",
    ),
    dict(
        slug="wiki-zhaizhi-shutter-entry-name-line",
        site="宅知百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.zhaizhibaike.example.cn/citiao/juanlianmen.html",
        title="卷帘门",
        record_title=None,
        date=None,
        notes="encyclopaedia text page: no record title, the entry-name line is the title (it also opens the body: matched as head); an edit line and a contents line; no date",
        page="""
!m 宅知百科 · 门窗五金
!a 编辑本词条 ｜ 收藏 ｜ 纠错
{T}
!m 词条分类：门窗　　最近编辑：门窗小编（2 天前）
!l 目录：定义　分类　组成　使用
{BODY}
!l 相关词条：防火卷帘　｜　快速堆积门　｜　车库门
!d 本站词条由网友共同编辑，仅供参考
""",
        body="""
卷帘门是以多片门片串联成门帘，在固定滑道内以卷轴为中心上下转动的门，广泛用于商铺、车库、仓库等场所。
按开启方式，卷帘门可分为手动卷帘门和电动卷帘门；按门片材质，可分为钢质、铝合金、不锈钢和无机布等类型。
电动卷帘门一般由门帘、卷轴、导轨、电机和控制装置组成。为防止门体意外坠落或夹伤人员，规范的产品应设置限位开关、防坠器和遇阻回弹装置。
用于防火分隔的防火卷帘须符合相关国家标准，并能在火灾时自动下降。
日常使用中，应定期为导轨加注润滑油，不要在门体下方堆放物品或停留。
""",
    ),
    dict(
        slug="netdisk-chengzi-lamp-acceptance-wps-markers",
        site="橙子网盘 (invented cloud drive, preview page)",
        style="网盘分享",
        genre="工作要点",
        kind="rule",
        form="html",
        source="https://pan.chengzi.example.com/s/1xQ7bLm3",
        title="护眼台灯到货验收工作要点",
        record_title="护眼台灯到货验收工作要点.wps",
        date=None,
        notes="cloud-drive preview: page-marker paragraphs ⟕ n ⟖ cut sentences; decimal headings; share stamp and expiry are no date; VIP speed prompt",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>护眼台灯到货验收工作要点.wps_免费高速下载|橙子网盘</title></head><body>
<div class="hd">⟦m 橙子网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="file"><h2>{T}</h2>
<p>⟦m 分享者：总务处小蒋　分享于 2025-03-09 14:22　有效期：永久⟧</p>
<p>⟦m 文件大小：31KB⟧</p>
<div>⟦a 转存至我的橙盘⟧ ⟦a 下载（31KB）⟧</div></div>
<div class="viewer">
{BODY}
</div>
<div class="vip">⟦a 超级会员享极速下载与在线解压⟧</div>
<div class="ft">⟦d 请勿分享违法违规内容，橙子网盘将依法处理⟧</div>
</body></html>
""",
        p_html='<p class="wps-p">{}</p>',
        pages=dict(fmt="⟕ {n} ⟖", every=80, start=2),
        body="""
1 验收组织
1.1 台灯到货后，由学校总务处会同使用班级、供货单位共同验收。
1.2 验收人员不少于三人，验收结果当场签字确认。
2 验收内容
2.1 外观：灯体无破损，灯臂转动灵活，电源线无裸露。
2.2 标识：产品本体标有3C认证标志、照度等级和执行标准，与投标承诺一致。
2.3 性能：每批次随机抽取不少于五台，用照度计测量桌面照度，用手机摄像头检查有无可视频闪。
3 问题处理
3.1 抽检不合格的，整批退回，由供货单位在七日内更换。
3.2 验收记录表一式三份，总务处、财务室和供货单位各留一份。
""",
    ),
    dict(
        slug="netdisk-suiling-ereader-request-pdf",
        site="政务云盘 (invented share page)",
        style="网盘分享",
        genre="请示",
        kind="request",
        form="text",
        source="https://yunpan.example.gov.cn/share/7Hc2qP",
        title="关于为乡镇农家书屋配备电子书阅读器的请示",
        record_title="关于为乡镇农家书屋配备电子书阅读器的请示.pdf",
        date="2025-03-20",
        notes="cloud-drive share in text: file-name record title; the request's own 联系人 line; share stamp no date",
        page="""
!m 政务云盘 · 文件分享
!m 关于为乡镇农家书屋配备电子书阅读器的请示.pdf　（1.2MB）
!m 分享者：文旅局小龚　　分享时间：2025-03-21 08:47　　有效期：7天
!a 保存到云盘　｜　下载　｜　举报
{BODY}
!a 预览已结束，下载原文件查看签发页
!d 分享文件由用户自行上传，平台不对其内容负责
""",
        indent="\u3000\u3000",
        body="""
县人民政府：
为推动全民阅读向农村延伸，解决农家书屋图书更新慢、借阅少的问题，我局拟为全县十四个乡镇综合文化站农家书屋配备电子书阅读器。现将有关事项请示如下。
一、配备数量：每个乡镇配备二十台，共二百八十台。
二、资金预算：每台约九百元，共需资金二十五点二万元，拟从县级公共文化服务体系建设资金中列支。
三、管理方式：阅读器由乡镇文化站登记外借，县图书馆统一采购电子书资源并定期更新。
妥否，请批示。
联系人：龚晓帆，电话：0597-6252810。
檖岭县文化广电和旅游局
2025年3月20日
""",
    ),
    dict(
        slug="snapshot-soutu-taoqiao-helmet-notice-banner",
        site="搜途 (invented search engine, cached page)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="html",
        source="http://cache.soutu.example.com/c?u=taoqiao.gov.example.cn/tzgg/0618.html",
        title="绹桥镇关于集镇区域电动自行车驾乘人员佩戴头盔的通告",
        record_title="搜途快照丨绹桥镇关于集镇区域电动自行车驾乘人员佩戴头盔的通告",
        date="2025-06-18",
        notes="search-cache frame: a capture banner with its capture time (no date), highlighted keywords, the cached township site's chrome; 成文日期 under the signature",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>搜途快照丨绹桥镇关于集镇区域电动自行车驾乘人员佩戴头盔的通告</title></head><body>
<div class="st-banner">⟦d 您正在浏览的是搜途保存的网页副本，抓取于 2025年6月22日 03:17，原网页可能已更新。⟧ <a>⟦a 打开原网页⟧</a></div>
<div class="st-kw">⟦m 以下关键词已高亮：<b>绹桥</b> <b>头盔</b>⟧</div>
<div class="orig">
<div class="gov-hd">⟦m 绹桥镇人民政府网⟧</div>
<div class="gov-path">⟦m 首页 › 通知公告⟧</div>
<h3>{T}</h3>
<div class="gov-con">
{BODY}
</div>
<div class="gov-ft">⟦m 绹桥镇党政办公室　电话：0598-5418001⟧</div>
</div>
</body></html>
""",
        body="""
为保障群众出行安全，根据《中华人民共和国道路交通安全法》和有关规定，结合本镇实际，现就集镇区域电动自行车驾乘人员佩戴安全头盔有关事项通告如下：
一、自2025年7月1日起，在本镇集镇区域骑行电动自行车的驾驶人和乘坐人，均应当佩戴安全头盔。
二、镇派出所、交警中队将在赶集日于集镇主要路口设置劝导点，对未佩戴头盔的进行劝导登记。
三、镇政府为低保户、特困户免费发放安全头盔，请符合条件的群众到所在村委会登记领取。
特此通告。
绹桥镇人民政府
2025年6月18日
""",
    ),
    dict(
        slug="snapshot-soutu-pen-buying-tips-text-oneline",
        site="搜途 (invented search engine, text-only cache)",
        style="搜索快照",
        genre="消费提示",
        kind="other",
        form="text",
        source="http://cache.soutu.example.com/t?u=cxxiaoxie.example.org/ts/221.html",
        title="选购点读笔要避开三个误区",
        record_title="选购点读笔要避开三个误区 [纯文本快照] · 搜途",
        date=None,
        notes="text-only cache: the whole tip on one line; a capture line (no date); the body's own 12315 line",
        page="""
!d 搜途纯文本快照 · 抓取时间 2025-05-30 22:41 · 仅保留文字
!m 原网址：cxxiaoxie.example.org/ts/221.html
{T}
{BODY}
!a 查看带图原网页 ›
""",
        indent="\u3000\u3000",
        oneline=True,
        body="""
不少家长给孩子买点读笔，常常只看价格和外观。杶溪县消费者协会提醒，选购时要避开三个误区。
误区一：书目越多越好。有的产品宣称可点读上万本书，但大多是低质量内容，家长应重点看与孩子教材配套的书目是否齐全。
误区二：功能越多越好。带游戏、视频功能的点读笔容易让孩子分心，选择功能简单、内容经过审核的产品更合适。
误区三：不看售后。点读笔笔头容易磨损，购买时要问清保修期限和维修网点，保留好购物凭证。
如遇消费纠纷，可拨打12315投诉举报。
""",
    ),
    dict(
        slug="print-fuyuan-garage-shutter-notice-footer",
        site="檿州葍园物业服务有限公司 (invented, print view)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="https://wy.fuyuan.example.cn/notice/print.aspx?id=1208",
        title="关于地下车库出入口卷帘门检修期间临时停用的通知",
        record_title="〖简洁打印版〗关于地下车库出入口卷帘门检修期间临时停用的通知 — 葍园物业",
        date="2025-08-08",
        notes="print view calling window.print(): print stamp (no date), print/close buttons, a print footer ⍂ 页 1 ／ 1 ⍂; the notice's own duty phone",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〖简洁打印版〗关于地下车库出入口卷帘门检修期间临时停用的通知 — 葍园物业</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="noprint">⟦a 〔立即打印〕〔关闭此页〕⟧</div>
<div class="ph">⟦m 葍园物业 · 业主服务平台⟧　⟦m 打印时间：2025-08-09 10:42⟧</div>
<h2>{T}</h2>
{BODY}
<div class="pf">⟦p ⍂ 页 1 ／ 1 ⍂⟧</div>
</body></html>
""",
        body="""
各位业主、住户：
因地下车库出入口电动卷帘门运行多年，近期多次出现卡阻现象，为消除安全隐患，物业服务中心定于2025年8月12日至8月14日对其进行全面检修，更换电机和防坠器。
检修期间，车库出入口卷帘门暂停使用，车辆请从北侧临时通道进出，并服从现场工作人员指挥。
请各位车主提前做好出行安排。给您带来的不便，敬请谅解。
物业服务中心值班电话：0592-3360876。
檿州葍园物业服务有限公司
2025年8月8日
""",
    ),
    dict(
        slug="print-maoyang-school-eye-action-summary-footer",
        site="楙阳县第二实验小学 (invented, print view)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.myex2.example.edu.cn/print.php?aid=540",
        title="楙阳县第二实验小学2024年“护眼行动”工作总结",
        record_title="【打印稿·A4】楙阳县第二实验小学2024年“护眼行动”工作总结",
        date="2024-12-30",
        notes="print view in text: the school site's header, a print stamp (no date), a print footer ⎀ 第1页 合1页 ⎀; 成文日期 under the signature",
        page="""
!m 楙阳县第二实验小学 · 校务公开
!m 打印日期：2025-01-06　　来源网址：www.myex2.example.edu.cn/show/540.html
!t 【打印稿·A4】楙阳县第二实验小学2024年“护眼行动”工作总结
{BODY}
!p ⎀ 第1页 合1页 ⎀
""",
        indent="\u3000\u3000",
        body="""
2024年，我校以“护眼行动”为抓手，扎实推进儿童青少年近视防控工作，全校学生近视率较上年下降一点八个百分点。现将主要工作总结如下。
一、改善用眼环境。完成十八间教室照明改造，为一百二十名寄宿生配发护眼台灯，并在宿舍张贴台灯摆放示意图。
二、落实“两操一活动”。每天上下午各做一次眼保健操，课间督促学生走出教室，保证每天户外活动两小时。
三、家校协同。召开家长会专题讲解护眼台灯选购、电子产品使用时长等知识，发放《家庭护眼指南》一千二百份。
四、存在不足。个别班级眼保健操动作不规范，寄宿生晚间自习用眼时间偏长。
2025年，我们将继续巩固成果，力争学生近视率再下降一个百分点。
楙阳县第二实验小学
2024年12月30日
""",
    ),
    dict(
        slug="mail-maoyang-library-ereader-inquiry-attachbar",
        site="楙阳县图书馆 webmail (invented reading view)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.mylib.example.cn/read?mid=ZL0416-0914",
        title="关于采购电子书阅读器的询价函",
        record_title="Fwd: 关于采购电子书阅读器的询价函.docx",
        date="2025-04-15",
        date_also=["2025-04-16"],
        notes="webmail reading view: forwarded header with its own 抄送 and send time (differs from the 成文日期), an attachment bar beside the letter's 附件 list and its own 抄送 line; the letter's contact and mailbox",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fwd: 关于采购电子书阅读器的询价函.docx - 楙阳县图书馆邮箱</title></head><body>
<div class="mail-top">⟦m 楙阳县图书馆邮箱⟧ <a>⟦a 收信⟧</a> <a>⟦a 写信⟧</a> <a>⟦a 通讯录⟧</a></div>
<div class="mail-tools">⟦a 回复　回复全部　转发　删除　标记为…⟧</div>
<div class="mail-head">
<h3>⟦t Fwd: 关于采购电子书阅读器的询价函.docx⟧</h3>
<p>⟦m 发件人：岑书遥 &lt;cgk@mylib.example.cn&gt;⟧</p>
<p>⟦m 收件人：供应商联络组 &lt;gys@mylib.example.cn&gt;⟧</p>
<p>⟦m 抄　送：馆办公室 &lt;bgs@mylib.example.cn&gt;⟧</p>
<p>⟦m 时　间：2025年4月16日（星期三）上午9:14⟧</p>
</div>
<div class="fwd">⟦m ---------- 转发邮件 ----------⟧</div>
<div class="mail-body">
<p>{T}</p>
{BODY}
</div>
<div class="attach"><b>⟦a 附件（2 个）⟧</b> ⟦a 采购需求明细表.xlsx（18K）　报价单格式.docx（12K）　全部打包下载⟧</div>
<div class="mail-ft">⟦d 本邮件可能含有保密信息，如误收请删除⟧</div>
</body></html>
""",
        body="""
各供应商：
我馆拟采购电子书阅读器一批，用于开展阅读器外借服务。欢迎符合条件的供应商报价。
一、采购需求：6英寸以上墨水屏电子书阅读器50台，支持EPUB、PDF格式，续航不少于四周。
二、报价要求：报价含运费、税费及一年质保，请于4月25日前将盖章报价单扫描后发送至我馆邮箱。
三、联系方式：联系人 岑书遥，电话0598-5310624，邮箱 cgk@mylib.example.cn。
附件：1.采购需求明细表
2.报价单格式
楙阳县图书馆
2025年4月15日
抄送：县财政局政府采购股。
""",
    ),
    dict(
        slug="mail-suda-rider-helmet-notice-wrapped-56",
        site="檿州速达同城配送有限公司 mail (invented, forwarded as text)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="text",
        source="mailto:zhandian-all@suda.example.cn?msg=20250605-1021",
        title="关于做好外卖配送骑手安全头盔配发和佩戴管理工作的通知",
        record_title="转发：【请各站点传达】关于做好外卖配送骑手安全头盔配发和佩戴管理工作的通知",
        date="2025-06-03",
        date_also=["2025-06-05"],
        notes="a forwarded mail as text, hard-wrapped at 56 columns; the mail's send time differs from the 成文日期; the notice's own 抄送 line; mail footer",
        page="""
!m -------- 转发的邮件 --------
!m 发件人：安全管理部 <anquan@suda.example.cn>
!m 发送时间：2025年6月5日 10:21
!m 收件人：各配送站点 <zhandian-all@suda.example.cn>
!t 主题：转发：【请各站点传达】关于做好外卖配送骑手安全头盔配发和佩戴管理工作的通知
{BODY}
!d 此邮件由速达企业邮箱发送，内部文件请勿外传
!m 速达同城 · 安全管理部　分机 6608
""",
        indent="\u3000\u3000",
        wrap=56,
        body="""
各配送站点：
近期，城区发生多起外卖骑手骑电动车未戴头盔受伤的事故。为切实保障骑手安全，根据县交通安全委员会办公室要求，现就有关工作通知如下：
一、各站点于6月15日前为在岗骑手配齐带3C标志的安全头盔，夏季可选用透气款，费用由公司承担。
二、站长每天早班前检查骑手头盔佩戴情况，发现未戴头盔接单的，当天暂停派单。
三、各站点要在骑手群内转发安全提示，每周至少组织一次安全学习。
请各站点将头盔配发名单于6月16日前报公司安全管理部。
檿州速达同城配送有限公司
2025年6月3日
抄送：县交通安全委员会办公室。
""",
    ),
]
