"""holdout240, part F: encyclopaedias, cloud drives, search snapshots, print views, forwarded mails.

Everything here is invented; see ../README.md and ../build.py for the markup. Written by hand.
"""

CASES = [
    dict(
        slug="zhiwu-baike-lock-entry-html",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="html",
        source="https://baike.zhiwu.example.com/item/haomasuo/30718",
        title="号码锁",
        date=None,
        notes="encyclopaedia entry, title as in the record: edit/discuss/history tabs, infobox, contents box, "
        "reference markers glued after sentences, an 'edit this section' link glued to a section heading; the "
        "entry name opens the body (head label); no date",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>号码锁_知物百科</title></head>
<body>
<div class="zw-top">⟦m 知物百科 · 万物皆有来历⟧<form><input value="号码锁"><button>⟦a 进入词条⟧</button></form></div>
<div class="zw-tabs">⟦a 编辑词条 ｜ 讨论 ｜ 历史版本⟧</div>
<h1 class="zw-title">{T}</h1>
<p class="zw-sub">⟦m 本词条由知物百科锁具小组审核⟧</p>
<table class="zw-infobox">
<tr><td>⟦m 中文名：号码锁⟧</td><td>⟦m 外文名：combination lock⟧</td></tr>
<tr><td>⟦m 类　别：机械锁⟧</td><td>⟦m 常见位数：三位、四位⟧</td></tr></table>
<div class="zw-toc">⟦l 目录 1 结构原理 2 分类 3 使用注意⟧</div>
<div class="zw-content">
{BODY}
</div>
<div class="zw-ref"><h3>⟦l 参考资料⟧</h3>
<p>⟦l 1. 《锁具基础知识》．轻工业出版社，2016⟧</p><p>⟦l 2. 出境旅行箱包锁具使用指南．珦州市旅游协会⟧</p></div>
<div class="zw-foot">⟦m 词条统计：浏览 41208 次　编辑 23 次　最近更新：2 个月前⟧<br>⟦m ©2024 知物百科⟧</div>
</body></html>
""",
        body="""
号码锁是一种不用钥匙、靠拨动数字组合开启的机械锁，又称拨码锁，常见于行李箱、储物柜、自行车和保险柜。⟦l [1]⟧
结构原理⟦a [编辑本段]⟧
常见的拨轮式号码锁由若干个刻有0至9数字的拨轮、与拨轮联动的齿套和锁梁组成。只有每个拨轮都转到正确数字时，齿套上的缺口才会同时对准锁梁的卡齿，锁梁才能拔出。
分类
按位数可分为三位、四位和五位号码锁，三位锁有1000种组合，四位锁有10000种组合。按用途可分为行李箱锁、挂锁、柜锁等。出境旅行常用的海关锁，还留有供海关人员开启的钥匙孔。⟦l [2]⟧
使用注意
设置密码时应避开生日、000、123等容易猜到的数字；重置密码要在锁处于开启状态时进行；长期不用的号码锁，拨轮容易积灰卡死，可滴少量润滑油后反复拨动。
""",
    ),
    dict(
        slug="zhiwu-baike-hook-entry-text",
        site="知物百科 (invented)",
        style="百科问答",
        genre="百科词条",
        kind="other",
        form="text",
        source="https://baike.zhiwu.example.com/item/xipanguagou/30722",
        title="吸盘挂钩",
        record_title="吸盘挂钩（日用五金）_知物百科",
        date=None,
        notes="encyclopaedia entry as text: decorated title with a category aside, tabs, infobox lines, contents "
        "line and references; the entry name opens the body (head label); no date",
        page="""
!m 知物百科　｜　首页　分类　特色词条
!a 编辑词条 ｜ 讨论 ｜ 历史版本
!t 吸盘挂钩（日用五金）
!m 中文名：吸盘挂钩　　类别：日用五金　　常见材质：PVC、硅胶
!l 目录：1 原理　2 类型　3 使用
{BODY}
!l 参考资料：1.《家居五金选购手册》　2. 珦州市消费者协会吸盘挂钩比较试验报告
!m 浏览 9733 次　　最近更新：昨天
""",
        body="""
吸盘挂钩是利用吸盘吸附在光滑表面上、用于悬挂轻小物品的挂钩，无需打孔，多用于浴室、厨房和玻璃门窗。
原理
按压吸盘时，吸盘内的空气被挤出，吸盘与墙面之间形成低压区，外部大气压力将吸盘压紧在墙面上。吸盘边缘一旦漏气，吸附力就会迅速下降。
类型
常见的有按压式、扳扣式和旋钮式三种。扳扣式和旋钮式通过机构把吸盘中心拉起，吸附比按压式更牢。
使用
吸盘挂钩只适用于瓷砖、玻璃等光滑无缝表面，承重通常在几百克到几公斤之间。悬挂重物或需要借力的场合，应使用打孔安装的挂钩或扶手。
""",
    ),
    dict(
        slug="yunxia-drive-screen-museum-plan-wps",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="html",
        source="https://pan.yunxia.example.com/s/1QwZ8xR4mPk",
        title="葙阳县博物馆馆藏屏风预防性保护工作方案",
        record_title="葙阳县博物馆馆藏屏风预防性保护工作方案.wps",
        date="2024-09-12",
        notes="cloud-drive preview: sharer and expiry line, save/download buttons, SVIP prompts, a preview-limit "
        "line; a plan with decimal headings 1.1–4.1; file-name title; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>葙阳县博物馆馆藏屏风预防性保护工作方案.wps_免费高速下载｜云匣网盘</title></head>
<body>
<div class="yx-top">⟦m 云匣网盘⟧　<a>⟦a 登录云匣⟧</a>　<a>⟦a 开通SVIP⟧</a></div>
<div class="yx-share"><p class="file">⟦m 葙阳县博物馆馆藏屏风预防性保护工作方案.wps　64KB⟧</p>
<p>⟦m 分享者：葙博保管部　　有效期：7天⟧</p>
<p><button>⟦a 保存到我的云匣⟧</button> <button>⟦a 下载（SVIP极速通道）⟧</button></p></div>
<div class="yx-preview"><h2>{T}</h2>
{BODY}
</div>
<div class="yx-limit">⟦a 非会员仅可预览前5页，开通SVIP查看完整文档⟧</div>
<div class="yx-foot">⟦d 云匣网盘严厉打击违法违规内容传播，如发现请举报⟧<br>⟦m ©2024 云匣科技⟧</div>
</body></html>
""",
        body="""
为做好馆藏屏风文物的预防性保护，延缓木材开裂、漆层起翘和织物老化，结合我馆实际，制定本方案。
1 保护对象
1.1 馆藏木雕、漆画、刺绣屏风共61件，其中珍贵文物9件。
1.2 民间屏风展借展的46件屏风在展期内参照本方案管理。
2 环境控制
2.1 展厅和库房温度控制在18℃至22℃，相对湿度控制在50%至60%，日波动不超过5%。
2.2 刺绣屏风展出时照度不超过50勒克斯，每展出三个月轮换休息。
3 日常巡查
3.1 保管部每周巡查一次，重点检查榫卯松动、漆层起翘、虫蛀和霉斑。
3.2 发现问题立即拍照登记，报馆长室研究处置，不得自行修补。
4 保障措施
4.1 本方案所需温湿度监测设备经费列入年度文物保护专项预算。
葙阳县博物馆
2024年9月12日
""",
    ),
    dict(
        slug="yunxia-drive-bolt-acceptance-markers",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="规程",
        kind="other",
        form="text",
        source="https://pan.yunxia.example.com/s/7HcX2vNp0aE",
        title="门窗插销安装验收要点",
        record_title="门窗插销安装验收要点.pdf",
        date=None,
        notes="cloud-drive preview as text: page markers ⏞第n页⏟ on lines of their own cutting sentences; "
        "file-name title; share-time stamp only (no date)",
        page="""
!m 云匣网盘　｜　文件预览
!m 门窗插销安装验收要点.pdf　（1.2MB）
!m 分享时间：2024-07-02 14:20　　提取码已自动填写
!a 保存到我的云匣　｜　下载
{BODY}
!a 预览已达上限，SVIP可在线查看全部页面
!d 云匣网盘仅提供存储服务，文件内容由分享者负责
""",
        pages=dict(fmt="⏞第{n}页⏟", every=75, start=2),
        body="""
一、外观检查
插销表面应平整光洁，无划痕、锈斑和毛刺；镀层颜色一致，无起皮脱落。
二、安装位置
门插销一般装在门扇内侧、距地面1.5米左右便于操作的位置；地插销插座应与地面齐平，不得凸起绊脚。
三、固定牢度
插销座和插座应使用配套螺钉固定，每个安装孔都要拧入螺钉，不得缺钉或用铁钉代替。
四、开关灵活
插杆推拉应顺滑无卡阻，插入插座后晃动门扇不得自行脱出；插杆插入插座的深度不小于10毫米。
五、特殊部位
疏散通道上的防火门、安全出口门不得安装插销；窗插销应保证窗扇关闭严密。
""",
    ),
    dict(
        slug="xunlu-snapshot-hook-signboard-html",
        site="寻路搜索 网页快照 (invented)",
        style="搜索快照",
        genre="通知",
        kind="notice",
        form="html",
        source="http://cache.xunlu.example.com/c?u=hongtian.xiangyang.example.gov.cn%2Ftzgg%2F3391.html",
        title="关于规范商铺玻璃门窗吸盘广告牌悬挂的通知",
        record_title="关于规范商铺玻璃门窗吸盘广告牌悬挂的通知｜寻路搜索·页面缓存",
        date="2024-10-30",
        notes="search-cache frame: capture banner with the cache date and highlighted terms, then the township "
        "page's own chrome; the document's contact beside the township's office line; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>关于规范商铺玻璃门窗吸盘广告牌悬挂的通知｜寻路搜索·页面缓存</title></head>
<body>
<div class="xl-cache" style="background:#ffc">
<p>⟦m 这是寻路搜索对 hongtian.xiangyang.example.gov.cn/tzgg/3391.html 的缓存，保存于 2024-11-02 06:41⟧</p>
<p>⟦d 原网页可能已更新，寻路搜索不对快照内容负责⟧　⟦a 查看原网页⟧</p>
<p>⟦m 以下词语已高亮：吸盘 广告牌 商铺⟧</p></div>
<div class="page">
<div class="ht-head">⟦m 蕻田镇人民政府⟧　⟦m 镇党政办：0739-2285000⟧</div>
<div class="ht-nav">⟦m 镇政府首页 ＞ 通知公告⟧</div>
<h2>{T}</h2>
<p>⟦m 发布：镇综合行政执法队　点击：412⟧</p>
<div class="ht-text">
{BODY}
</div>
<p>⟦a 〖打印〗〖关闭〗⟧</p>
<div class="ht-foot">⟦m 蕻田镇人民政府　版权所有⟧</div></div>
</body></html>
""",
        body="""
镇区各商户：
近期，集镇主街部分商铺在玻璃门窗上用吸盘悬挂促销广告牌、灯箱，有的还挂在二楼窗外。吸盘遇冷热变化容易脱落，10月份已发生两起广告牌坠落砸中行人电动车的事件。为保障行人安全，现就有关事项通知如下：
一、商铺玻璃门窗外侧一律不得使用吸盘悬挂广告牌、灯箱、价目牌等物品；
二、门内侧使用吸盘悬挂的，单件重量不得超过1公斤，并定期检查；
三、已悬挂的，请于11月15日前自行拆除或改为固定安装，逾期由镇综合行政执法队依法处理。
联系人：鲁振华，电话：0739-2285031。
蕻田镇人民政府
2024年10月30日
""",
    ),
    dict(
        slug="xunlu-textcache-lock-locker-news",
        site="寻路搜索 纯文本缓存 (invented)",
        style="搜索快照",
        genre="新闻",
        kind="news",
        form="text",
        source="http://cache.xunlu.example.com/t?u=www.chuhu.example.gov.cn%2Fxwzx%2F20240808%2F7731.html",
        title="琡湖区消协提醒：储物柜号码锁默认密码要及时改",
        record_title="［文本缓存］琡湖区消协提醒：储物柜号码锁默认密码要及时改_琡湖发布",
        record_date="2024-08-08",
        date="2024-08-08",
        notes="text-only cache: the cache banner with its capture date (no date), the district site's chrome; "
        "date from the record",
        page="""
!m 这是寻路搜索对 www.chuhu.example.gov.cn/xwzx/20240808/7731.html 的纯文本缓存，抓取于 2024-08-10 03:12
!d 本缓存只保留文字，图片和样式已去除；原网页如有变动以原网页为准
!m 琡湖发布　｜　琡湖区人民政府新闻办公室
!m 首页 > 新闻中心 > 民生
{T}
!m 来源：琡湖区消费者协会　　浏览：1733
{BODY}
!l 相关新闻：琡湖区开展夏季消费品安全检查 ｜ 区消协发布二季度投诉分析
!m 琡湖区人民政府新闻办公室主办
""",
        body="""
近日，琡湖区消费者协会接到多起投诉：有市民在商场、健身房使用共享储物柜时，没有修改号码锁的默认密码，存放的手机、钱包被人取走。
区消协工作人员实地走访发现，部分场所的储物柜使用四位机械号码锁，出厂密码统一为0000，柜门上也没有提示修改密码。
区消协提醒：使用带号码锁的储物柜时，存物前先把密码改成自己的四位数字，并确认锁已锁好；不要把贵重物品长时间存放在公共储物柜内；发现号码锁无法重置的，请及时告知场所管理人员。
同时，区消协已约谈相关场所经营者，要求在储物柜醒目位置张贴密码修改说明。
""",
    ),
    dict(
        slug="xiangyang-print-knife-spotcheck-footer",
        site="葙阳县市场监督管理局 打印页 (invented)",
        style="打印页",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjgj.xiangyang.example.gov.cn/print.jsp?id=66120",
        title="关于校园周边文具店美工刀质量抽查情况的通报",
        record_title="【打印视图·市监局】关于校园周边文具店美工刀质量抽查情况的通报",
        date="2024-09-27",
        notes="print view calling window.print(): print/close buttons, a print stamp and the page URL, a print "
        "footer ✃ 第 1 页 ／ 共 1 页 ✃; a spot-check table one row a paragraph; 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>【打印视图·市监局】关于校园周边文具店美工刀质量抽查情况的通报</title>
<style>@media print{.noprint{display:none}}</style>
<script>window.onload=function(){window.print();};</script></head>
<body>
<div class="noprint">⟦a 〔立即打印〕　〔关闭此窗口〕⟧</div>
<p>⟦m 打印时间：2024-10-08 10:31⟧</p>
<p>⟦m 葙阳县市场监督管理局 · 公示公告⟧</p>
<h2>{T}</h2>
{BODY}
<p>⟦m 页面地址：http://scjgj.xiangyang.example.gov.cn/gsgg/66120.html⟧</p>
<p>⟦p ✃ 第 1 页 ／ 共 1 页 ✃⟧</p>
</body></html>
""",
        body="""
各市场监管所：
9月上旬，县局组织对全县38所中小学周边的61家文具店开展了美工刀质量抽查，共抽取美工刀样品52批次。现将抽查情况通报如下：
一、抽查结果
抽查项目　抽查批次　不合格批次
刀片锁止性能　52　7
刀片硬度　52　3
标识标注　52　9
二、主要问题
不合格产品主要是无厂名厂址的“三无”美工刀，刀片推出后稍一用力就回缩，个别产品刀壳边缘锋利。
三、处理意见
对销售不合格美工刀的11家文具店，由属地市场监管所责令立即下架并依法立案调查；各所要在10月底前对辖区文具店开展回头看。
葙阳县市场监督管理局
2024年9月27日
""",
    ),
    dict(
        slug="xzhuiyi-print-screen-loan-letter",
        site="珦州市会议中心 打印页 (invented)",
        style="打印页",
        genre="函",
        kind="letter",
        form="text",
        source="http://www.xzhyzx.example.cn/print/2024/1029.html",
        title="关于商借活动屏风的函",
        record_title="〈A4打印〉关于商借活动屏风的函 - 珦州市会议中心",
        date="2024-10-29",
        notes="print view as text: print stamp and URL at the top, a print footer ⎖ 1 of 1 ⎖ closing it; the "
        "letter's contact line and 成文日期",
        page="""
!m 珦州市会议中心　　打印于 2024-10-30 16:02
!m http://www.xzhyzx.example.cn/gzdt/2024/1029.html
{T}
{BODY}
!p ⎖ 1 of 1 ⎖
""",
        indent="\u3000\u3000",
        body="""
琡湖区文化馆：
我中心定于11月7日至9日承办“珦州市第五届非遗展示周”，展区需设置分隔屏风20扇。因我中心现有屏风数量不足，特商请贵馆出借四扇折叠屏风5架，借用时间为11月6日至10日。
借用期间，我中心安排专人负责屏风的运输、布展和看管，如有损坏照价赔偿，并于11月10日下午归还。
联系人：乔雪梅，电话：0731-8806217。
盼予支持。
珦州市会议中心
2024年10月29日
""",
    ),
    dict(
        slug="archive-webmail-lock-inquiry-attachments",
        site="葙阳政务邮 Webmail (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="html",
        source="https://mail.xiangyang.example.gov.cn/read?mid=ZC3411-0a9f",
        title="关于采购档案柜号码锁的询价函",
        record_title="【急·请阅】转发：关于采购档案柜号码锁的询价函",
        date="2024-11-12",
        date_also=["2024-11-13"],
        notes="webmail reading view: toolbar, forwarded header with its own 抄送 line, an attachment bar beside "
        "the letter's 附件 list and 抄送 line; items table; the mail's send date differs from the 成文日期",
        page="""
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>葙阳政务邮 - 读信</title></head>
<body>
<div class="wm-top">⟦m 葙阳政务邮⟧　⟦m 骆子衿 &lt;xyda_cg@mail.example.cn&gt;⟧　⟦a 退出⟧</div>
<div class="wm-bar">⟦a 返回　回复　全部回复　转发　删除　标记为 ▾⟧</div>
<div class="wm-head">
<h3>⟦t 【急·请阅】转发：关于采购档案柜号码锁的询价函⟧</h3>
<p>⟦m 发件人：骆子衿 &lt;xyda_cg@mail.example.cn&gt;⟧</p>
<p>⟦m 收件人：琡湖恒安办公设备；珦州恒钥锁业销售部⟧</p>
<p>⟦m 抄　送：葙阳县档案馆办公室⟧</p>
<p>⟦m 时　间：2024年11月13日（星期三）上午9:14⟧</p></div>
<div class="wm-body">
<p>⟦m -------- 转发的邮件 --------⟧</p>
{BODY}
</div>
<div class="wm-att"><p>⟦a 附件（2 个）⟧</p><p>⟦a 号码锁询价单.xlsx（18K）　下载　预览⟧</p><p>⟦a 档案柜锁孔尺寸图.pdf（240K）　下载　预览⟧</p></div>
<div class="wm-foot">⟦d 本邮件系统仅供政务办公使用，请勿传输涉密信息⟧</div>
</body></html>
""",
        body="""
各供应商：
我馆拟采购档案柜机械号码锁一批，现就有关事项询价如下：
品名　规格　数量
三位机械号码锁　适配钢制档案柜，锁舌长12毫米　40把
四位机械号码锁　适配密集架，带管理钥匙　16把
一、请于11月20日前将报价单（加盖公章）扫描后发送至本邮箱，报价含运输和安装。
二、请随报价附营业执照复印件和产品检测报告。
三、到货时间为合同签订后15日内。
联系人：骆子衿，电话：0739-2260418，邮箱：xyda_cg@mail.example.cn。
附件：1.号码锁询价单
2.档案柜锁孔尺寸图
葙阳县档案馆
2024年11月12日
抄送：县财政局政府采购股
""",
    ),
    dict(
        slug="beiyue-mail-hook-return-letter-text",
        site="企业邮箱转发文本 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="mailto-export://beiyue-hotel/inbox/2024-08-05-1021.eml",
        title="关于退换一批不合格吸盘挂钩的函",
        record_title="Fwd: 答复：关于退换一批不合格吸盘挂钩的函（请财务部留意）",
        date="2024-08-02",
        date_also=["2024-08-05"],
        notes="a forwarded mail as text: the forwarder's note (neutral), forwarded headers with the send date, "
        "the letter with its contact line and 成文日期, the mail client's signature below",
        page="""
!m 发件人：采购部 周小禾 <zhouxh@beiyue-hotel.example.cn>
!m 发送时间：2024年8月5日 10:21
!m 收件人：财务部；客房部
!t 主题：Fwd: 答复：关于退换一批不合格吸盘挂钩的函（请财务部留意）
各位：对方还没回复，请客房部先统计一下剩余挂钩的情况。
!m ---------- 转发的邮件 ----------
!m 发件人：饶晓晨 <raoxc@beiyue-hotel.example.cn>
!m 日期：2024年8月2日 17:46
!m 收件人：吸力宝家居 销售部
{BODY}
!d —— 此邮件由酒店邮件客户端自动添加签名，内容仅供收件人使用 ——
!a 回复　｜　全部回复　｜　转发
""",
        body="""
珦州吸力宝家居用品有限公司：
我酒店于2024年5月向贵公司采购XP-09型旋钮式吸盘挂钩600只，用于客房卫生间悬挂浴巾。使用两个月以来，已有87只出现吸盘开裂、旋钮滑丝，部分挂钩在客人使用时脱落，引起客人投诉。
根据双方采购合同第五条关于质量保证的约定，特函请贵公司：
一、对已损坏的87只挂钩予以免费更换；
二、派技术人员来店查看其余挂钩的安装情况，并提供书面说明；
三、于8月15日前给予书面答复。
联系人：饶晓晨，电话：0731-8817605。
珦州蓓悦酒店有限公司
2024年8月2日
""",
    ),
]
