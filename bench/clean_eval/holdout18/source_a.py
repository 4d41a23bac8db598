"""holdout18, part A: 范文 sites, 文库 previews, sharing and download stations, 范文 apps and
cloud-drive shares of kinds no earlier part names (a print-shop's cloud-print upload page, a
survey-platform export, a 公文 mini-program, a QR 活码 landing page, a converter with its own
page markers). Invented text (sites, places, people, numbers); see ../README.md and ../build.py."""

CASES = [
    dict(
        slug="fanwen-zhuoyan-insight-disguised-wechat",
        site="琢言范文屋 (invented)",
        style="范文站",
        genre="心得体会",
        kind="insight",
        form="text",
        source="https://www.zhuoyanwu.example.com/xinde/20250612/4471.html",
        title="参加青年干部能力提升班心得体会",
        record_title="【热门】参加青年干部能力提升班心得体会（精编4篇）",
        date=None,
        notes="decorated record title; writing-service prompt with a disguised id; 本文链接 line; 猜你喜欢 box",
        indent="\u3000\u3000",
        page="""
!m 琢言范文屋——笔下有乾坤
!m 首页 » 心得体会 » 培训心得 » 正文
!t 参加青年干部能力提升班心得体会（精编4篇）
!m 小编：若溪　更新：06-12　热度：2318℃
{BODY}
!w 材料赶不完？资深笔杆子一对一代笔，薇❤：zy_bigan88（备注“范文”）
!m 本文链接：https://www.zhuoyanwu.example.com/xinde/20250612/4471.html
!l 猜你喜欢：
!l ▪ 主题教育读书班研讨发言材料
!l ▪ 年轻干部座谈会交流发言稿
!a 一键复制全文　|　保存为Word
""",
        body="""
六月上旬，我有幸参加了县委组织部举办的青年干部能力提升班，五天的学习紧凑而充实。
一是理论学习更加系统。班上安排了专题辅导、分组研讨和现场教学，让我对基层治理有了新的认识。
二是实践本领得到锤炼。在模拟信访接待环节，我深刻体会到群众工作没有捷径，必须耐心倾听、依法办事。
三是找准了自身差距。对照优秀同学，我在统筹协调、文字综合方面还有不少短板。
今后我将把所学所悟转化为干事创业的实际行动，努力做一名让组织放心、让群众满意的青年干部。
""",
    ),
    dict(
        slug="wenku-moyun-report-superscript-markers",
        site="墨云文库 (invented)",
        style="文库预览",
        genre="报告",
        kind="report",
        form="text",
        source="https://wenku.moyun.example.cn/view/a81c3f09e2.html",
        title="关于全县农村饮水安全工程运行管护情况的调研报告",
        record_title="关于全县农村饮水安全工程运行管护情况的调研报告.docx",
        date="2025-04-18",
        notes="file-name title; page markers ⁽n⁾ cutting sentences; preview-end prompt; upload notice; 成文日期",
        indent="\u3000\u3000",
        pages=dict(fmt="⁽{n}⁾", every=140, start=2),
        page="""
!m 墨云文库　上传者：青崖客　文档页数：5页　下载券：3
!t 关于全县农村饮水安全工程运行管护情况的调研报告
{BODY}
!a 预览到此为止，余下3页请用下载券获取完整文档
!d 本文档由用户自行上传，墨云文库仅提供信息存储空间，若侵犯您的权益请点此申诉
!l 相关文档：农村供水保障“十四五”规划.doc | 水厂运维管理制度汇编.pdf
""",
        body="""
根据县人大常委会年度监督工作安排，调研组于3月下旬至4月上旬，深入12个乡镇、36个行政村，对农村饮水安全工程运行管护情况进行了专题调研。
一、基本情况
全县已建成集中供水工程58处，农村自来水普及率达到93.6%，规模化供水工程覆盖人口比例逐年提高。
二、存在的问题
部分小型工程水源保护不到位，管网老化漏损率偏高，村级管水员待遇偏低、队伍不稳定，水费收缴率不足六成。
三、意见建议
建议县政府加快推进城乡供水一体化，建立县级统管、乡镇监管、村级协管的管护体制，落实维修养护资金，健全水价形成机制。
县人大常委会调研组
2025年4月18日
""",
    ),
    dict(
        slug="docshare-qiyue-plan-upload-tail-html",
        site="七悦文档网 (invented)",
        style="文档分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.qiyuedoc.example.com/p-66120458.html",
        title="2025年社区“一老一小”暑期关爱服务实施方案",
        record_title="2025年社区“一老一小”暑期关爱服务实施方案 - 七悦文档网",
        date="2025-06-30",
        notes="modern template; share row, 格式 and 页数 line, upload notice with a complaint address; a table as rows with ideographic spaces",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><title>2025年社区“一老一小”暑期关爱服务实施方案 - 七悦文档网</title></head><body>
<header><div class="logo">⟦m 七悦文档网 · 好文档一搜就有⟧</div><nav>⟦m 首页　行业资料　党政公文　教育教学　合同范本⟧</nav><div class="user">⟦a 登录 / 注册　开通会员享无限下载⟧</div></header>
<div class="crumb">⟦m 七悦文档网 › 党政公文 › 社区工作⟧</div>
<main><h1>{T}</h1>
<div class="meta">⟦m 格式：DOCX　页数：4　大小：36KB　贡献者：tong***21⟧</div>
<div class="share">⟦l 分享到：朋友圈　QQ空间　复制链接⟧</div>
<div class="doc">
{BODY}
</div>
<div class="end">⟦a 已阅读完毕，点击下载获取可编辑原文⟧</div>
<div class="notice">⟦d 声明：七悦文档网所有资源均由用户上传分享，如涉及侵权请发送邮件至 jubao@qiyuedoc.example.com ，核实后24小时内处理。⟧</div>
</main>
<aside><h3>⟦l 本周热门⟧</h3><ul><li>⟦l 社区老年食堂运营方案⟧</li><li>⟦l 暑期托管班安全应急预案⟧</li></ul></aside>
<footer>⟦m Copyright 2025 七悦文档网　苏ICP备2025031177号-2⟧</footer>
</body></html>
""",
        body="""
为切实做好暑期辖区老年人和少年儿童关爱服务工作，结合社区实际，制定本方案。
一、服务时间
2025年7月7日至8月22日。
二、服务内容
（一）开设“四点半课堂”，由社区志愿者和退休教师为双职工家庭子女提供作业辅导。
（二）开展高龄独居老人防暑降温走访，每周不少于一次。
三、服务安排
项目　时间　地点　负责人
四点半课堂　周一至周五16:30—18:00　社区党群服务中心二楼　王晓晴
助老走访　每周三上午　各网格　刘志鹏
四、有关要求
各网格员要提前摸清服务对象底数，活动报名请扫描社区公告栏二维码或拨打社区电话0739-6612058。
滨河社区居民委员会
2025年6月30日
""",
    ),
    dict(
        slug="download-lvye-summary-oldtable",
        site="绿野资料下载站 (invented)",
        style="资料下载站",
        genre="工作总结",
        kind="summary",
        form="html",
        source="http://www.lvyezl.example.net/soft/gongwen/20250108_9921.html",
        title="乡镇农机服务站2024年工作总结",
        record_title=None,
        date="2025-01-06",
        notes="old table layout download station; 下载地址 box; 软件大小 meta; no record title; 成文日期",
        page="""
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>乡镇农机服务站2024年工作总结_绿野资料下载站</title></head><body>
<table width="960" border="0" align="center"><tr><td>⟦m 绿野资料下载站 www.lvyezl.example.net⟧</td><td align="right">⟦a 设为首页 | 加入收藏⟧</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 您的位置：首页 → 公文资料 → 工作总结⟧</td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<h2>{T}</h2>
<table><tr><td>⟦m 资料大小：28KB　资料语言：简体中文　授权方式：免费　更新时间：2025-01-08⟧</td></tr></table>
<div id="intro">
{BODY}
</div>
<table><tr><td>⟦a 下载地址：[电信下载] [联通下载] [本地高速下载]⟧</td></tr>
<tr><td>⟦d 下载说明：本站资料均来自网络，版权归原作者所有，下载后请于24小时内删除。⟧</td></tr></table>
</td><td width="260" valign="top">
<table><tr><td>⟦l 下载排行⟧</td></tr><tr><td>⟦l 1. 党支部书记抓党建述职报告⟧</td></tr><tr><td>⟦l 2. 村级财务管理制度⟧</td></tr></table>
</td></tr></table>
<table width="960" align="center"><tr><td>⟦m 站长QQ：30871125　赣ICP备10032268号⟧</td></tr></table>
</body></html>
""",
        body="""
2024年，我站在镇党委、政府的正确领导和县农业农村局的业务指导下，紧紧围绕粮食生产中心任务，较好完成了全年各项工作。
一、农机购置补贴政策落实到位。全年受理补贴申请213台套，兑付补贴资金186.4万元，未发生违规套补问题。
二、农机化生产服务有序开展。组织跨区作业机手42名，完成机耕、机插、机收面积累计5.8万亩。
三、农机安全生产形势平稳。开展拖拉机年检和驾驶人培训，全年未发生农机安全事故。
2025年，我站将重点推进丘陵山区适用小型机械推广和农机合作社规范化建设。
梅林镇农机服务站
2025年1月6日
""",
    ),
    dict(
        slug="app-bimo-speech-reading-mode",
        site="笔墨公文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://m.bimogw.example.com/read/883016?from=app",
        title="在全县国防动员工作会议上的讲话",
        title_also=["在全县国防动员工作会议上的讲话（县委常委、县人武部政委）"],
        record_title=None,
        date="2025-03-14",
        notes="app reading mode; speaker line and date under the title neutral; font size row; AI rewrite prompt; member-only end",
        page="""
!a Aa 字号　☾ 夜间　⤓ 离线
!t 在全县国防动员工作会议上的讲话
县委常委、县人武部政委　赵振国
（2025年3月14日）
{BODY}
!a 🔒 本篇为会员专享，开通笔墨VIP立享全站6万篇公文无限复制
!a ✨ 用AI一键改写成你单位的版本
!l 上一篇：在全县征兵工作会议上的讲话
!l 下一篇：在民兵整组点验大会上的讲话
!m 阅读 5.2k　赞 311
""",
        body="""
同志们：
这次会议的主要任务是，总结去年全县国防动员工作，部署今年重点任务。
一、提高站位，切实增强做好国防动员工作的责任感。国防动员是国家安全的重要保障，各级各部门要把这项工作摆上重要议事日程。
二、突出重点，扎实抓好年度任务落实。要抓好民兵调整改革、兵员征集、人民防空和国防教育四项工作。
三、强化保障，形成齐抓共管的工作格局。各乡镇要配齐配强专武干部，落实经费保障，确保各项任务落地见效。
同志们，让我们以更加饱满的精神状态，奋力开创全县国防动员工作新局面！
""",
    ),
    dict(
        slug="netdisk-feiyu-letter-share-page",
        site="飞羽云盘 (invented)",
        style="网盘分享",
        genre="函",
        kind="letter",
        form="text",
        source="https://pan.feiyu.example.com/s/7QbZkL2x",
        title="关于商请协助开展口岸通关便利化调研的函",
        record_title="关于商请协助开展口岸通关便利化调研的函.pdf",
        date="2025-05-22",
        notes="cloud-drive share page: 提取码, expiry, file size, save button; the letter's own 联系人/电话 and e-mail kept",
        page="""
!m 飞羽云盘 | 安全存储 极速分享
!m 文件分享：关于商请协助开展口岸通关便利化调研的函.pdf（312 KB）
!m 分享者：口岸办小林　有效期：永久有效　提取码：8k2q
!a 保存到我的云盘　|　普通下载　|　超级会员高速下载
{BODY}
!a 在线预览仅显示前2页，完整内容请下载后查看
!d 飞羽云盘严厉打击侵权、违法文件传播，如发现请举报
""",
        body="""
市商务局、市交通运输局：
为进一步优化我市口岸营商环境，提升跨境贸易便利化水平，我办拟于6月中旬开展口岸通关便利化专题调研，现商请贵单位给予协助。
一、请提供2024年以来我市进出口货物通关时效、物流成本等相关数据。
二、请各指派一名熟悉业务的同志参加调研座谈，座谈时间另行通知。
请于6月5日前将相关材料电子版发送至 kab_dy@portoffice.example.gov.cn 。
联系人：林若冰，电话：0751-3308216。
特此函达。
江澄市人民政府口岸办公室
2025年5月22日
""",
    ),
    dict(
        slug="wenku-xiaocao-minutes-angle-corner-markers-glued",
        site="小草文库 (invented)",
        style="文库预览",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.xiaocaowk.example.com/d/20250709/ff19a2.html",
        title="镇巡察整改工作推进会会议纪要",
        record_title=None,
        date="2025-07-09",
        date_also=["2025-07-08"],
        notes="no record title; glued page markers ⌜n⌝; 时间/地点/主持/参会 lines kept; 印发 date expected, meeting date also",
        indent="\u3000\u3000",
        pages=dict(fmt="⌜{n}⌝", every=120, start=2, glue=True),
        page="""
!m 小草文库 - 专注公文写作资料
!m 文档分类：会议纪要　|　浏览：1086次　|　收藏：43
{T}
{BODY}
!a 免费试读已结束，加入年卡会员即可查看全文并下载
!w 需要定制纪要模板？联系在线客服：QQ 2290871456
!l 标签：巡察整改　会议纪要　乡镇
""",
        body="""
时间：2025年7月8日下午3时
地点：镇政府三楼会议室
主持：镇党委书记 陈立华
参会：镇班子成员，各办（站、所）负责人
会议听取了镇纪委关于县委第三巡察组反馈问题整改进展情况的汇报，研究部署下一阶段工作。
会议指出，目前反馈的23个问题中已完成整改17个，其余6个正在推进，整体进度符合时序要求，但个别问题整改成效还不够明显。
会议要求，一是压实责任，对未完成整改的问题逐项明确责任人和完成时限；二是举一反三，建立健全长效机制；三是严格把关，整改材料须经分管领导签字后报镇纪委。
梅溪镇党政办公室
2025年7月9日印发
""",
    ),
    dict(
        slug="fanwen-suixin-pledge-oneline",
        site="随心范文网 (invented)",
        style="范文站",
        genre="倡议书",
        kind="pledge",
        form="text",
        source="https://m.suixinfw.example.com/changyishu/7720.html",
        title="垃圾分类从我做起倡议书",
        record_title="垃圾分类从我做起倡议书_随心范文网",
        date="2025-05-30",
        notes="mobile page with the whole body on one line; the body asks readers to 扫码 and 关注 the sanitation office's account; 成文日期 in Chinese numerals",
        indent="\u3000\u3000",
        oneline=True,
        page="""
!m 随心范文网 m.suixinfw.example.com
!t 垃圾分类从我做起倡议书
{BODY}
!a 长按复制受限，点击“下载原文”获取
!l 相关推荐：节约用水倡议书　文明养犬倡议书　光盘行动倡议书
!m 随心范文网 © 2019-2025
""",
        body="""
全体市民朋友们：
生活垃圾分类是改善人居环境、促进城市精细化管理的重要举措。
我们倡议：一是学习分类知识，准确区分可回收物、有害垃圾、厨余垃圾和其他垃圾；二是坚持定时定点投放，不乱扔乱倒；三是践行绿色生活，少用一次性用品。
市民朋友可扫描小区投放点二维码，或关注“澄江环卫”公众号，查询分类指南和回收预约服务。
让我们从现在做起，从点滴做起，共同建设清洁美丽的家园！
澄江市环境卫生管理处
二〇二五年五月三十日
""",
    ),
    dict(
        slug="docshare-hanlin-request-html-pages",
        site="翰林公文库 (invented)",
        style="文档分享",
        genre="请示",
        kind="request",
        form="html",
        source="https://www.hanlingwk.example.com/doc/5501873.html",
        title="关于申请增拨特种设备检验检测仪器购置经费的请示",
        record_title="【原创】关于申请增拨特种设备检验检测仪器购置经费的请示",
        date="2025-03-03",
        notes="HTML preview with a converter's page marker paragraph ⊏n⊐ cutting a paragraph; decorated title; 签发人 neutral; 联系人 kept",
        p_html='<p class="pv-line">{}</p>',
        pages=dict(fmt="⊏{n}⊐", every=150, start=2),
        page="""
<html><head><meta charset="utf-8"><title>【原创】关于申请增拨特种设备检验检测仪器购置经费的请示-翰林公文库</title></head><body>
<div class="hd">⟦m 翰林公文库　公文人自己的资料库⟧<span>⟦a 上传赚收益　会员中心　退出⟧</span></div>
<div class="bc">⟦m 首页 / 请示报告 / 经费请示⟧</div>
<div class="pv">
<div class="pv-title">⟦t 【原创】关于申请增拨特种设备检验检测仪器购置经费的请示⟧</div>
<p>签发人：周海涛</p>
{BODY}
</div>
<div class="pv-more">⟦a ↓ 展开剩余68%　开通会员免费阅读 ↓⟧</div>
<div class="op">⟦a 收藏　举报　下载（2积分）⟧</div>
<div class="rel"><p>⟦l 你可能还想看⟧</p><p>⟦l 关于申请追加办公用房维修经费的请示⟧</p><p>⟦l 关于申请设立检验分站的请示⟧</p></div>
<div class="ft">⟦m 翰林公文库 版权所有　浙ICP备2024110927号⟧</div>
</body></html>
""",
        body="""
市财政局：
我院承担全市锅炉、压力容器、电梯、起重机械等特种设备的法定检验任务，现有检测仪器多数购置于2014年前后，部分已超过使用年限，精度下降、故障频发，难以满足检验工作需要。
为保障特种设备安全监察和检验工作正常开展，我院拟购置超声相控阵检测仪、电梯综合性能测试仪等仪器设备9台（套），预算金额138万元，年初预算已安排60万元，尚缺口78万元。
特申请市财政增拨仪器购置经费78万元，专项用于上述设备采购。
妥否，请批示。
附件：拟购置仪器设备清单
联系人：许文静，电话：0576-8821409
丽川市特种设备检验研究院
2025年3月3日
""",
    ),
    dict(
        slug="miniapp-gongwenbao-notice-share",
        site="公文宝小程序 (invented)",
        style="范文APP",
        genre="通知",
        kind="notice",
        form="text",
        source="https://mp.gongwenbao.example.cn/share?id=30077&scene=timeline",
        title="关于开展2025年度计量器具强制检定工作的通知",
        record_title=None,
        date="2025-02-24",
        notes="mini-program share card; 打开小程序 prompts; the notice's own sentences about 下载 and 扫码 kept; a repeated title glued to the first sentence",
        page="""
!m 公文宝 · 小程序
!a 打开小程序，查看完整排版
⟦t 关于开展2025年度计量器具强制检定工作的通知⟧{BODY}
!a 👆 点击右上角“…”分享给同事
!l 同类范文 · 查看更多 >
!w 写材料卡壳？小程序内“找笔杆”频道可预约老师
""",
        body="""
各有关单位：
根据《中华人民共和国计量法》及有关规定，现就2025年度列入强制检定目录的工作计量器具检定工作通知如下。
一、检定范围：用于贸易结算、安全防护、医疗卫生、环境监测方面的计量器具，如加油机、电子计价秤、血压计、出租汽车计价器等。
二、申报方式：请各单位登录市计量检定测试所网站下载《强制检定申请表》，填写后于3月31日前报送；也可扫描本通知所附二维码在线申报。
三、未按规定申请检定或经检定不合格继续使用的，由市场监管部门依法处理。
联系电话：0735-2210876。
青川市计量检定测试所
2025年2月24日
""",
    ),
    dict(
        slug="wenku-tanghua-summary-wrapped-paired-markers",
        site="棠华文库 (invented)",
        style="文库预览",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://www.tanghuawk.example.com/view/6d21b0c8.html",
        title="2024年价格认证中心工作总结",
        record_title="2024年价格认证中心工作总结.wps",
        date=None,
        notes="hard-wrapped at 62 columns with page markers ⦉n⦊ between lines; file-name title; no date in the text (the year only in the title); upload stamp is not a date",
        indent="\u3000\u3000",
        wrap=62,
        pages=dict(fmt="⦉{n}⦊", every=160, start=2),
        page="""
!m 棠华文库 > 行政公文 > 工作总结
!m 上传时间：2025-01-15 10:22　页数：3　评分：4.6
{T}
{BODY}
!a ……试读结束，完整版请点击“立即下载”（需1个棠币）
!d 文档为网友分享，仅供参考，不代表本站观点。
!l 相关：价格认定工作规范 | 涉案财物价格认定操作指引
""",
        body="""
一年来，中心围绕服务市场监管、服务司法执法、服务社会民生的职能定位，全年共完成涉案财物价格认定1126件，认定金额4836万元，均在规定时限内办结，未发生复核改变结论的情况。
一是规范业务流程。修订完善价格认定工作规程，推行受理、调查、审核、审批全流程留痕管理，认定文书质量明显提高。
二是拓展服务领域。积极参与涉税财物、纪检监察案件和民事纠纷的价格认定，开展价格争议调解工作，调解成功率达到八成以上。
三是加强队伍建设。组织业务培训四次，两名同志取得价格鉴证师资格，干部队伍专业能力进一步增强。
下一步，中心将继续提升价格认定工作的规范化、信息化水平。
""",
    ),
    dict(
        slug="cloudprint-yinxiang-plan-upload-page",
        site="印享云打印 (invented)",
        style="资料下载站",
        genre="计划",
        kind="plan",
        form="text",
        source="https://print.yinxiang.example.com/order/preview?fid=f0091827",
        title="天文馆2025年科普活动工作计划",
        record_title="天文馆2025年科普活动工作计划.docx",
        date="2025-01-20",
        notes="a print shop's cloud-print preview: paper and copies options, price line, 去支付 button; the plan's own 打印 sentence kept",
        page="""
!m 印享云打印 · 文件预览
!m 文件：天文馆2025年科普活动工作计划.docx　共2页
!a 纸张：A4　单面/双面　黑白/彩色　份数：－ 1 ＋
!a 合计 ￥0.40　〔去支付〕
{BODY}
!d 温馨提示：文件仅用于本次打印，打印完成72小时后自动删除
!w 打印遇到问题？联系店长 135 0731 6620
""",
        body="""
2025年，我馆将以“仰望星空、追逐梦想”为主题，面向青少年和社会公众开展系列科普活动，全年计划接待观众15万人次。
一、常设活动。每周六晚开展“星空观测夜”，每月举办一次天文科普讲座。
二、主题活动。4月举办科技活动周天文专场，8月组织英仙座流星雨观测营，10月开展“航天日”系列展览。
三、进校园活动。组织科普大篷车走进20所中小学，配套学习单由学校自行下载打印。
四、保障措施。加强讲解员培训，完善观测设备维护制度，确保活动安全有序。
星辰县天文馆
2025年1月20日
""",
    ),
    dict(
        slug="survey-wenjuanle-plan-export",
        site="问卷乐 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://www.wenjuanle.example.com/report/share/k88sJ2",
        title="全县营商环境满意度调查工作方案",
        record_title=None,
        date="2025-08-04",
        notes="a survey platform's shared attachment page; 答题/创建问卷 prompts; a 免责 line; numbered list; no record title",
        page="""
<html><head><meta charset="utf-8"><title>问卷乐 - 分享的附件</title></head><body>
<div class="bar">⟦m 问卷乐 | 专业的在线问卷调查平台⟧<a>⟦a 免费创建问卷⟧</a></div>
<div class="att">⟦m 附件名称：调查工作方案（定稿）　上传于 2025-08-05 09:12⟧</div>
<div class="content">
<h2>{T}</h2>
{BODY}
</div>
<div class="cta">⟦a 扫码参与答题，还有机会抽取话费红包⟧</div>
<div class="dis">⟦d 问卷乐仅提供技术服务，附件内容由发布者负责。⟧</div>
<div class="foot">⟦m 问卷乐 版权所有 粤ICP备2021088120号⟧</div>
</body></html>
""",
        body="""
为全面掌握市场主体对我县营商环境的评价，制定本方案。
一、调查对象：全县各类企业和个体工商户，样本量不少于1500户。
二、调查方式：采取线上问卷与入户访谈相结合的方式，线上问卷链接由各乡镇通过企业服务群转发。
三、时间安排：8月11日至8月31日为调查阶段，9月15日前形成调查分析报告。
四、工作要求：调查中不得诱导填答，企业信息严格保密。
县优化营商环境工作领导小组办公室
2025年8月4日
""",
    ),
]
