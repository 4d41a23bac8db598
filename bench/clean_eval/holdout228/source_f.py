"""holdout228, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mail.
Invented text (sites, places, people, numbers, URLs); see ../README.md and ../build.py for the markup."""

CASES = [
    dict(
        slug="wiki-zhiyuan-entry-sanjiaochi-infobox",
        site="知源百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiyuan.example.com/item/三角尺/60412",
        title="三角尺",
        record_title="三角尺 - 词条 · 知源百科全书",
        date=None,
        notes="encyclopaedia: edit/discuss/history tabs, infobox, contents box, reference markers glued after sentences, a "
        "see-also link glued at a paragraph's end; the entry's one-word title also opens the body (matched as head); no date",
        page="""
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>三角尺 - 词条 · 知源百科全书</title>
<script src="/static/wiki/lemma.js"></script>
</head><body>
<div class="wk-top">⟦m 知源百科全书⟧ <form><input placeholder="搜索词条"><button>⟦a 进入词条⟧</button></form> <a>⟦a 登录⟧</a></div>
<div class="wk-tabs">⟦a 编辑词条⟧ ⟦a 讨论区⟧ ⟦a 修订记录⟧ ⟦a 收藏⟧</div>
<div class="wk-main">
<h1 class="lemma-title">{T}</h1>
<div class="lemma-sub">⟦m 绘图与测量工具⟧</div>
<table class="infobox">
<tr><td>⟦m 中文名⟧</td><td>⟦m 三角尺⟧</td></tr>
<tr><td>⟦m 别　名⟧</td><td>⟦m 三角板⟧</td></tr>
<tr><td>⟦m 类　别⟧</td><td>⟦m 文具 / 绘图仪器⟧</td></tr>
<tr><td>⟦m 常见角度⟧</td><td>⟦m 30°、45°、60°、90°⟧</td></tr></table>
<div class="toc">⟦l 目录：1 用途　2 材质　3 使用注意⟧</div>
<div class="lemma-body">
{BODY}
</div>
<div class="refs"><h3>⟦l 参考资料⟧</h3><ol><li>⟦l 《中学数学作图教学指导》，栊城教育出版社⟧</li><li>⟦l 学生用品安全通用要求（科普解读）⟧</li></ol></div>
<div class="wk-stat">⟦m 浏览 3.6万次　编辑 27次　最近更新：3 个月前⟧</div>
</div>
<div class="wk-foot">⟦d 知源百科词条内容由网友协作编辑，仅供参考，不构成专业意见。⟧ ⟦m ©2025 知源百科⟧</div>
</body></html>
""",
        body="""
三角尺是一种常用的绘图和测量工具，通常两块为一套：一块是等腰直角三角形，两个锐角均为45°；另一块是含30°和60°锐角的直角三角形。⟦l [1]⟧
用途
三角尺可用于画直线、量取长度，也可直接画出30°、45°、60°、90°等特定角度。两块三角尺配合使用，可以画出平行线、垂线以及15°整数倍的角。⟦l 参见：量角器、丁字尺⟧
材质
学生用三角尺多为透明塑料制成，教学用三角尺多为木质或有机玻璃，工程制图中也使用带有刻度和斜度的专用三角尺。⟦l [2]⟧
使用注意
使用前应检查尺边是否平直、刻度是否清晰；不宜放在高温处或受压，以免变形影响精度。
""",
    ),
    dict(
        slug="wiki-minyi-entry-wulong-props-text",
        site="民艺百科 (invented encyclopaedia)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="http://www.minyibaike.example.cn/wiki/舞龙道具",
        title="舞龙道具",
        record_title="舞龙道具 ‹ 民俗器物 ‹ 民艺百科",
        date=None,
        notes="encyclopaedia text: category line, edit and discussion links, a see-also list and a license line; no date",
        page="""
!m 民艺百科 · 民间艺术知识库
!m 分类：民俗器物 › 节庆表演
{T}
!a ［编辑本条］［查看讨论］［打印版本］
{BODY}
!l 相关条目：龙灯 ｜ 舞狮 ｜ 竹编 ｜ 扎纸
!m 本条目最后修订于 2 周前，共有 14 位贡献者
!d 民艺百科的文字以知识共享署名—相同方式共享协议发布
""",
        body="""
舞龙道具是舞龙表演中使用的器具的总称，主要包括龙头、龙身、龙尾、龙珠、龙把以及伴奏用的锣鼓等。
龙头是整条龙最重要的部分，传统做法以竹篾扎制骨架，外糊纸或绸布，再彩绘龙眼、龙角、龙须。龙身由若干节组成，每节用竹圈撑起，外覆绸布，节数多为单数，常见的有九节、十一节。龙珠由一人持握，在龙前引导，是舞龙动作的指挥。
按照用途，舞龙道具可分为传统表演用龙和竞技用龙。竞技用龙对龙的长度、重量和材质有明确要求，龙头多采用轻质材料制作。
舞龙道具应存放在干燥通风处，竹制骨架要定期检查，防止虫蛀和霉变。
""",
    ),
    dict(
        slug="netdisk-yunxia-instruction-yuebinghe-decimal-markers",
        site="云匣网盘 share page (invented)",
        style="网盘分享",
        genre="作业指导书",
        kind="rule",
        form="html",
        source="https://pan.yunxia.example.com/s/1Qe7vNw2Lk",
        title="月饼盒烫金及模切工序作业指导书",
        record_title="月饼盒烫金及模切工序作业指导书（2024版）.pdf",
        date=None,
        notes="cloud-drive preview: file bar, VIP prompts, page-marker paragraphs (⩕ 第n页 ⩖) cutting sentences; decimal headings "
        "1 / 1.1 … 4.1; a share-expiry stamp is no date; no document date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>月饼盒烫金及模切工序作业指导书（2024版）.pdf_免费高速下载|云匣网盘</title>
<script src="https://pan.yunxia.example.com/static/share.js"></script>
</head><body>
<div class="yx-head">⟦m 云匣网盘⟧ <a>⟦a 登录⟧</a> <a>⟦a 开通超级会员⟧</a></div>
<div class="yx-file">
<div class="yx-name">⟦t 月饼盒烫金及模切工序作业指导书（2024版）.pdf⟧</div>
<div class="yx-info">⟦m 分享者：煊口彩印质检部　｜　1.2MB　｜　失效时间：永久有效⟧</div>
<div class="yx-btn">⟦a 保存到我的云匣⟧ ⟦a 普通下载⟧ ⟦a 会员极速下载⟧</div>
</div>
<div class="yx-preview">
{BODY}
</div>
<div class="yx-vip">⟦a 在线预览仅展示前 2 页，开通会员可预览全部 6 页⟧</div>
<div class="yx-rec"><h4>⟦l 该分享者的其他文件⟧</h4><ul><li>⟦l 纸盒覆膜工序作业指导书.pdf⟧</li><li>⟦l 印刷车间6S管理检查表.xlsx⟧</li></ul></div>
<div class="yx-foot">⟦d 云匣网盘仅提供存储服务，请勿分享违法违规内容。⟧ ⟦m ©2025 云匣网盘⟧</div>
</body></html>
""",
        p_html='<p class="pv">{}</p>',
        pages=dict(fmt="⩕ 第{n}页 ⩖", every=120, start=2),
        body="""
1　适用范围
1.1　本指导书适用于本公司月饼盒纸盒和铁盒外包装的烫金、模切工序。
2　作业准备
2.1　开机前检查烫金版温度设定，纸盒烫金温度一般为110℃至130℃。
2.2　核对生产通知单，确认月饼盒的规格、颜色和烫金图案与客户签样一致。
3　作业要求
3.1　烫金时压力应均匀，图案不得有缺损、糊版和脱落。
3.2　模切时每500张抽检一次，压痕线应清晰，折叠后盒盖与盒身吻合。
3.3　不得在月饼盒内表面使用含溶剂的胶水。
4　检验与记录
4.1　班组长每班填写《烫金模切质量记录表》，不合格品单独存放并标识。
""",
    ),
    dict(
        slug="netdisk-feiye-plan-hongbao-class-meeting-markers",
        site="飞页云盘 share page (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://www.feiyepan.example.cn/share/8GkQ2ZTa",
        title="四年级“我的压岁钱红包”主题班会方案",
        record_title="四年级“我的压岁钱红包”主题班会方案.docx",
        date="2025-02-14",
        notes="cloud-drive text preview: file-name record title, page markers ⪥n⪥ on lines of their own cutting sentences; "
        "the teacher's signature and date under the plan",
        page="""
!m 飞页云盘　｜　文件分享
!t 四年级“我的压岁钱红包”主题班会方案.docx
!m 分享人：程老师的云盘　　分享于 5 天前　　有效期 30 天
!a 保存到网盘　　下载（32KB）　　举报
{BODY}
!a 预览到此为止，登录飞页云盘查看完整文档
!d 飞页云盘不对用户分享的文件内容承担责任
""",
        pages=dict(fmt="⪥{n}⪥", every=110, start=2),
        body="""
一、活动目的
通过交流压岁钱红包的使用情况，引导学生树立正确的金钱观，学会合理规划和使用零花钱。
二、活动时间
2025年2月19日下午第三节课。
三、活动过程
1.说一说：请学生分享今年春节收到红包的经历，以及红包里的钱打算怎么用。
2.算一算：以500元压岁钱为例，分组制定“储蓄、学习、公益、自由支配”四项预算。
3.议一议：讨论“压岁钱该不该全部交给父母保管”，各组派代表发言。
4.写一写：每人填写一张压岁钱使用计划表，带回家与父母商量。
四、活动准备
班主任提前准备红包信封、预算表和计算器。
四年级（2）班班主任　程晓雯
2025年2月14日
""",
    ),
    dict(
        slug="snapshot-lingsou-news-hushui-atlas-approved",
        site="凌搜网页快照 of the 縠水县自然资源局 site (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="html",
        source="http://snapshot.lingsou.example.com/c?u=zrzyj.hushui.example.gov.cn/gzdt/202406/t20240603_2210.html",
        title="《縠水县地图册》通过省级审核",
        record_title="《縠水县地图册》通过省级审核—縠水县自然资源局〔网页快照·凌搜〕",
        date="2024-06-03",
        notes="search-cache frame: capture banner with a capture time (no date), highlighted-terms line, the cached portal's "
        "nav and footer; the cached page's 发布时间 the date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>《縠水县地图册》通过省级审核—縠水县自然资源局〔网页快照·凌搜〕</title>
<script src="https://snapshot.lingsou.example.com/frame.js"></script>
</head><body>
<div class="ls-frame">⟦d 您看到的是凌搜于 2025-03-16 08:12 保存的网页快照，当前页面可能已经更新。⟧ <a>⟦a 打开原网页⟧</a>
<div>⟦m 以下检索词已标亮：縠水　地图册　审核⟧</div>
<div>⟦d 凌搜与该网页作者无关，不对其内容负责。⟧</div></div>
<div class="cached">
<div class="zr-head">⟦m 縠水县自然资源局⟧ ⟦m 首页 ｜ 机构职能 ｜ 工作动态 ｜ 测绘地理信息 ｜ 政策法规⟧</div>
<div class="zr-pos">⟦m 位置：首页 > 工作动态⟧</div>
<h2>{T}</h2>
<div class="zr-info">⟦m 发布时间：2024-06-03　来源：测绘地理信息股　阅读：　次⟧</div>
{BODY}
<div class="zr-op">⟦a [ 打印正文 ] [ 关闭此页 ]⟧</div>
<div class="zr-foot">⟦m 縠水县自然资源局 主办　地址：縠水县滨江路108号⟧</div>
</div>
</body></html>
""",
        body="""
本网讯　近日，由县自然资源局组织编制的《縠水县地图册》通过省级地图审核，取得审图号，将于下月正式出版发行。
该地图册共收录地图58幅，包括县域政区图、地形图、交通旅游图和9个乡镇分图，首次标注了全县新建的高速公路、瀹溪风光带和28个美丽乡村。
据介绍，地图册编制历时一年半，工作人员先后赴各乡镇核对地名1400余条。地图册出版后，将免费配发给全县中小学、图书馆和各村党群服务中心。
""",
    ),
    dict(
        slug="snapshot-mowei-text-cache-school-sanjiaochi-wrapped",
        site="觅微搜索 text-only cache of the 栊园小学 site (invented)",
        style="搜索快照",
        genre="安全提示",
        kind="notice",
        form="text",
        source="http://cache.miwei.example.net/text?u=www.lyxx.example.edu.cn/aqjy/2024/1009/76.html",
        title="关于防范三角尺等尖锐文具伤害的安全提示",
        record_title="关于防范三角尺等尖锐文具伤害的安全提示 - 栊园小学（觅微·纯字版缓存）",
        date="2024-10-09",
        notes="text-only cache hard-wrapped at 70 columns; capture line (no date), the school's nav; the safety office's own "
        "phone beside the school's switchboard; 成文日期 under the signature",
        page="""
!d 【觅微文本快照】抓取时间 2025-02-27 23:41，本页仅保留文字，图片与样式已去除
!a 查看原网页　|　查看图片版快照
!m 栊城市曛湖区栊园小学　首页 学校概况 德育天地 安全教育 家校联系
{T}
!m 来源：安全办　发布者：祝倩　点击：481
{BODY}
!m 学校总机：0597-8351000　　地址：栊园路26号
!m 栊园小学版权所有
""",
        wrap=70,
        indent="    ",
        body="""
各班主任、各位家长：
近期，我校发生两起学生在课间用三角尺打闹造成划伤的事件。为保障学生安全，现就规范文具使用提示如下：
一、家长为孩子选购三角尺时，请优先选择直角、锐角经过圆角处理的产品，不购买金属材质或边缘锋利的三角尺。
二、班主任要在班会课上开展一次文具安全教育，告诫学生不得用三角尺、圆规等文具追逐打闹。
三、数学课上使用三角尺后，由学习委员提醒同学及时收回文具袋。
四、发生划伤时，要立即报告老师并送校医室处理。
如有疑问，请联系学校安全办　祝老师，电话：0597-8351162。
栊城市曛湖区栊园小学
2024年10月9日
""",
    ),
    dict(
        slug="print-hushui-wenhuaguan-rules-wulong-lending",
        site="縠水县文化馆 print view (invented)",
        style="打印页",
        genre="规程",
        kind="rule",
        form="html",
        source="http://www.hswhg.example.cn/print.aspx?id=3317",
        title="縠水县文化馆舞龙道具借用管理规程",
        record_title="〘打印稿〙縠水县文化馆舞龙道具借用管理规程（馆内执行版）",
        date=None,
        notes="print view calling window.print(): print/close buttons, a print-source URL line and a print footer (⮘ 第1页／"
        "共1页 ⮘); 第N条 articles; only an effective clause, no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>〘打印稿〙縠水县文化馆舞龙道具借用管理规程（馆内执行版）</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();}</script>
</head><body>
<div class="noprint">⟦a 〔立即打印〕〔关闭本页〕〔返回原文〕⟧</div>
<div class="print-head">⟦m 縠水县文化馆 · 规章制度⟧</div>
<h2 align="center">{T}</h2>
{BODY}
<div class="print-src">⟦m 打印自：http://www.hswhg.example.cn/gzzd/3317.html⟧</div>
<div class="print-foot">⟦p ⮘ 第1页／共1页 ⮘⟧</div>
</body></html>
""",
        body="""
第一条　为加强舞龙道具管理，方便群众文化活动开展，制定本规程。
第二条　本馆舞龙道具包括布龙、竞技龙、龙珠、龙把及配套锣鼓，由群文部统一登记、保管。
第三条　各乡镇、社区、学校借用舞龙道具，须提前7天提交借用申请，写明用途、时间和负责人。
第四条　借用期限一般不超过15天，元宵节等集中活动期间按申请先后顺序安排。
第五条　借用单位应妥善使用道具，不得在雨中表演，不得拆改龙头、龙身。
第六条　道具归还时，由群文部当面检查；损坏的，由借用单位照价赔偿或负责修复。
第七条　本规程自2024年12月1日起施行。
""",
    ),
    dict(
        slug="print-quanyang-summary-standard-atlas",
        site="畎阳县人民政府 print view (invented)",
        style="打印页",
        genre="工作总结",
        kind="summary",
        form="text",
        source="http://www.quanyang.example.gov.cn/print/20250106_9921.html",
        title="畎阳县《标准地名地图册》编制工作总结",
        date="2024-12-30",
        notes="record title as is; a text print view: print header, print-time stamp (no date), print footer ⯏ 1 / 1 ⯏; "
        "成文日期 under the signature",
        page="""
!m 畎阳县人民政府　　打印页面
!a ［送打印机］［关闭此窗］
{T}
!m 来源：县民政局　　信息分类：工作总结
{BODY}
!m 打印时间：2025-03-02 10:47　打印人：访客
!p ⯏ 1 / 1 ⯏
""",
        indent="\u3000\u3000",
        body="""
2024年，县地名办按照县政府部署，完成了《畎阳县标准地名地图册》编制工作。现将有关情况总结如下。
一、工作开展情况。成立编制工作组，对全县乡镇、村、自然村和道路、桥梁等地名进行全面核实，共采集标准地名2863条，更正错误地名74条。
二、成果质量情况。地图册共收录地图46幅，附地名索引，经省测绘质检站检验，质量等级为优。
三、成果应用情况。首批印制地图册1500册，已发放至县直各单位、各乡镇和中小学。
四、存在问题。部分自然村地名的历史沿革资料缺失，需进一步补充考证。
下一步，我们将推进地图册电子版上线，方便群众查询使用。
畎阳县地名工作领导小组办公室
2024年12月30日
""",
    ),
    dict(
        slug="mail-fuman-webmail-letter-hongbao-order-attachments",
        site="福满印务企业邮箱 webmail reading view (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.fumanyinwu.example.cn/read?mid=ZC3107-20241126",
        title="关于定制2025年春节红包的函",
        record_title="转发：关于定制2025年春节红包的函（请业务部报价）",
        date="2024-11-25",
        date_also=["2024-11-26"],
        notes="webmail reading view: folder list, forwarded header (发件人/收件人/抄送/时间), an attachment bar beside the "
        "letter's 附件 list; the letter's own 联系人/电话/邮箱; the mail's send date also accepted",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>转发：关于定制2025年春节红包的函（请业务部报价） - 福满印务企业邮箱</title>
<script src="/webmail/js/reader.js"></script>
</head><body>
<div class="wm-top">⟦m 福满印务企业邮箱⟧ <span>⟦m 葛天佑（getianyou@fumanyinwu.example.cn）⟧</span> <a>⟦a 退出⟧</a></div>
<div class="wm-folders">⟦m 收件箱(12)　星标邮件　草稿箱　已发送　已删除⟧</div>
<div class="wm-toolbar">⟦a 回复　回复全部　转发　删除　标记为未读⟧</div>
<div class="wm-read">
<h3 class="subject">⟦t 转发：关于定制2025年春节红包的函（请业务部报价）⟧</h3>
<div class="hdr">⟦m 发件人：葛天佑 &lt;getianyou@fumanyinwu.example.cn&gt;⟧<br>⟦m 时　间：2024年11月26日（星期二）上午9:14⟧<br>⟦m 收件人：业务部 &lt;yewu@fumanyinwu.example.cn&gt;⟧<br>⟦m 抄　送：财务部 &lt;caiwu@fumanyinwu.example.cn&gt;⟧</div>
<div class="fwd">⟦m ------------------ 转发的邮件 ------------------⟧<br>⟦m 发件人：韦晓岚 &lt;weixl@xcrcb.example.cn&gt;⟧<br>⟦m 发送时间：2024年11月25日 16:52⟧</div>
<div class="mailbody">
{BODY}
</div>
<div class="attbar">⟦a 📎 附件 2 个：红包定制需求清单.xlsx（18K）　报价单格式.docx（12K）　［全部打包下载］⟧</div>
</div>
<div class="wm-foot">⟦m 福满印务企业邮箱 · 由云邮服务提供技术支持⟧</div>
</body></html>
""",
        body="""
福满印务有限公司：
为做好2025年春节客户走访工作，我行拟定制春节红包（利是封）一批，现将有关要求函告如下：
一、数量及规格：定制红包30000个，规格9×17厘米，正面烫金印制我行标志和“蛇年大吉”字样。
二、设计打样：请贵公司于12月6日前提供三套设计样稿，经我行确认后生产。
三、交货时间：2025年1月5日前送达我行办公室。
四、报价要求：请按附件格式报价，报价须含税、含运费。
联系人：办公室　韦晓岚，电话：0736-5287310，邮箱：weixl@xcrcb.example.cn。
附件：1.红包定制需求清单
2.报价单格式
庠川农村商业银行办公室
2024年11月25日
""",
    ),
    dict(
        slug="mail-xunhu-forward-letter-yuebing-simple-boxes",
        site="曛湖区机关事务服务中心 mail, forwarded as text (invented)",
        style="邮件转发",
        genre="联系函",
        kind="letter",
        form="text",
        source="mailto:archive/xunhu-jgsw/2024-08-21-fwd.eml",
        title="关于中秋月饼简易包装订购事宜的联系函",
        record_title="转发：关于中秋月饼简易包装订购事宜的联系函.pdf",
        date="2024-08-21",
        date_also=["2024-08-22"],
        notes="a forwarded mail as text: the subject is the attachment's file name; forward headers, a mobile signature, a "
        "confidentiality footer; the letter's own 联系人/电话; the forward date also accepted",
        page="""
!m -------- 转发邮件信息 --------
!m 发件人："工会 贝小舟" <beixz@xunhu-jgsw.example.gov.cn>
!m 发送日期：2024-08-22 08:31
!m 收件人："禾月食品 销售部" <sales@heyuefood.example.com>
!t 主题：转发：关于中秋月饼简易包装订购事宜的联系函.pdf
!m 附件：关于中秋月饼简易包装订购事宜的联系函.pdf (86 KB)
{T}
{BODY}
!m 发自我的手机邮箱
!d 本邮件及附件仅发给指定收件人，如误收请删除并告知发件人。
""",
        body="""
栊城禾月食品有限公司：
我单位工会拟于中秋节前为职工订购月饼460盒，现就有关事项联系如下：
一、包装要求。请提供简易纸质月饼盒，不使用铁盒、木盒和塑料内托，包装不超过两层。
二、产品要求。每盒6枚，五仁、豆沙、莲蓉口味各两枚，生产日期不早于9月5日。
三、配送要求。请于9月12日前分两批送达工会办公室，并提供检验合格证明。
四、回收事宜。请贵公司在配送时一并回收我单位往年留存的月饼盒。
请于8月28日前回复报价。
联系人：工会　贝小舟，电话：0597-8390216。
栊城市曛湖区机关事务服务中心工会委员会
2024年8月21日
""",
    ),
]
