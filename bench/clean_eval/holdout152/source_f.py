"""holdout152, part F: writing apps, cloud drives, cache snapshots, print views, forwarded mails. Invented text."""

CASES = [
    dict(
        slug="fwapp-bigeng-zhacai-speech-share",
        site="笔耕范文APP (invented)",
        style="范文APP",
        genre="讲话稿",
        kind="speech",
        form="text",
        source="https://share.bigengapp.com/article/8839120?from=wx",
        title="在榨菜产业高质量发展大会上的致辞",
        record_title="在榨菜产业高质量发展大会上的致辞（精编2篇）",
        date="2024-04-16",
        notes="writing-app share page; date under the title; app prompts between paragraphs; copy lock",
        page="""
!a 打开笔耕APP，解锁全部范文
!m 笔耕范文 · 讲话致辞
!t 在榨菜产业高质量发展大会上的致辞（精编2篇）
!m 笔耕编辑部　收录于 2024-05-03　1.6万人已读
{T}
（2024年4月16日）
{BODY}
!a 第2篇仅限APP内查看
!a 复制受限：开通笔耕会员即可一键复制
!l 相似范文 · 产业发展大会主持词 · 招商推介会致辞
""",
        body="""
尊敬的各位来宾，女士们、先生们：
春风送暖，菜香满城。今天，我们在这里隆重召开榨菜产业高质量发展大会，共商产业发展大计。我谨代表区委、区政府，向出席大会的各位嘉宾表示热烈欢迎！
榨菜是我区的传统优势产业。全区青菜头种植面积达到70万亩，榨菜加工企业58家，年产值突破百亿元，带动近20万农民增收。
⟦a 下载笔耕APP，每天免费看3篇⟧
当前，榨菜产业正处在转型升级的关键时期。我们将坚持标准化种植、精深化加工、品牌化营销，推动榨菜从“下饭菜”向“健康食品”转变。
我们真诚欢迎各位企业家来我区投资兴业，共享发展机遇。
最后，预祝大会圆满成功！谢谢大家！
""",
    ),
    dict(
        slug="fwapp-xiezi-credit-village-summary-html",
        site="写字猫APP (invented)",
        style="范文APP",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://m.xiezimao.cn/read/20241215/44102",
        title="信用村评定工作总结",
        record_title="信用村评定工作总结（通用范本）｜写字猫",
        date=None,
        notes="app reading mode; template with ××镇; no date; AI-rewrite and copy buttons glued after a line",
        page="""
<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>信用村评定工作总结（通用范本）｜写字猫</title></head>
<body>
<div class="app-bar">⟦a ‹ 返回⟧ ⟦m 写字猫·阅读模式⟧ ⟦a ⋯ 更多⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 范本 · 金融类 · 已被 2,318 人使用⟧</div>
<div class="reading">
{BODY}
</div>
<div class="bottom-bar">⟦a AI改写　一键复制　导出Word　收藏⟧</div>
<div class="rec">⟦l 为你推荐：农村信用体系建设汇报材料｜信用户评定实施方案⟧</div>
</body></html>
""",
        body="""
今年以来，××镇在县农商银行的支持下，深入开展信用村评定工作，共评定信用村9个、信用户3120户，农村信用环境明显改善。
一、建立评定机制。成立由镇政府、农商银行支行、村两委组成的评定小组，制定评定办法，从村风民风、还款记录、集体经济等方面打分。⟦a ✎ 帮我改写这段⟧
二、公开公平评定。评定结果在村务公开栏公示7天，接受群众监督，对有异议的及时复核。
三、落实信贷优惠。对信用村的信用户给予贷款利率优惠和简化手续，全年新增信用贷款1.86亿元。
下一步，我们将推动信用评定结果与乡村治理积分挂钩，让“守信者处处受益”。
""",
    ),
    dict(
        slug="netdisk-shaqiu-sand-dune-park-plan",
        site="云匣网盘 (invented)",
        style="网盘分享",
        genre="方案",
        kind="plan",
        form="text",
        source="https://pan.yunxia.com/s/1dQ7wK3mZ",
        title="鸣沙丘景区2024年国庆假期游客安全保障方案",
        record_title="鸣沙丘景区2024年国庆假期游客安全保障方案.docx",
        date="2024-09-20",
        notes="cloud-drive preview; file-name title; share stamps; duty table; 成文日期",
        page="""
!m 云匣网盘 | 文件分享
!t 鸣沙丘景区2024年国庆假期游客安全保障方案.docx
!m 分享者：沙丘运营部　分享时间：2024-09-21 10:33　有效期：7天
!a 保存到我的云匣　下载（32KB）
!m 在线预览（仅显示部分内容）
{BODY}
!a 超出预览范围，请下载后查看
!d 云匣网盘严厉打击违法违规内容传播，举报请点击右上角
""",
        body="""
为确保国庆假期景区安全有序，结合往年客流情况，制定本方案。
一、客流管控。实行分时段预约，日接待上限2万人次；当瞬时客流达到80%时，暂停售票并启动分流。
二、重点区域管理。滑沙道、骆驼骑乘区、沙漠越野区每处安排安全员不少于4名，越野车辆限速每小时30公里。
三、应急值守安排
日期　带班领导　值班电话
10月1日—3日　唐明远　0937-8852 001
10月4日—7日　宋丽　0937-8852 002
四、防暑与医疗。在游客中心和主要观景点设置医疗救护点，配备防暑降温药品和轮椅担架。
鸣沙丘景区管理有限公司
2024年9月20日
""",
    ),
    dict(
        slug="netdisk-haimu-marine-ranch-report-html",
        site="盘多多分享 (invented)",
        style="网盘分享",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://www.panduoduo-share.cn/f/8Hn2Lqq0",
        title="海木湾海洋牧场建设成效评估报告",
        record_title=None,
        date="2024-12-10",
        notes="cloud-drive share page; title missing, found on the preview; page markers as HTML paragraphs",
        page="""
<html><head><meta charset="utf-8"><title>盘多多分享 - 文件预览</title></head>
<body>
<div class="top">⟦m 盘多多分享⟧ ⟦a 登录⟧ ⟦a 客户端⟧</div>
<div class="file">⟦m 海木湾海洋牧场评估.pdf　2.3MB　2024-12-12 分享⟧</div>
<div class="btns">⟦a 保存到网盘　普通下载　极速下载（会员）⟧</div>
<div class="preview">
<h2>{T}</h2>
{BODY}
</div>
<div class="ad">⟦a 开通会员，享受不限速下载⟧</div>
<div class="ft">⟦d 文件由用户分享，与盘多多无关⟧</div>
</body></html>
""",
        pages=dict(fmt="— 第{n}页 —", every=180, start=2),
        body="""
受海木湾海洋与渔业局委托，评估组于2024年10月至11月对海木湾国家级海洋牧场示范区建设成效开展了评估。
一、建设情况。示范区规划面积18.6平方公里，累计投放人工鱼礁8.2万空方，底播海参、鲍鱼苗种1200万头，建成海上多功能平台2座。
二、生态成效。礁区大型海藻覆盖率较建设前提高23个百分点，鱼类种类由37种增加到52种，生物量明显增加。
三、经济社会成效。示范区带动周边渔民转产转业560人，发展休闲海钓、观光等产业，年综合收入约1.4亿元。
四、问题与建议。部分早期礁体出现淤积，建议开展礁体维护；同时加强牧场监测能力建设，完善管护长效机制。
海木湾海洋牧场评估组
2024年12月10日
""",
    ),
    dict(
        slug="snapshot-xiehu-lagoon-notice-text",
        site="搜一下网页快照 (invented)",
        style="搜索快照",
        genre="通告",
        kind="notice",
        form="text",
        source="http://cache.souyixia.com/c?m=9f3a&p=xiehu-lagoon",
        title="关于潟湖保护区核心区禁止捕捞和游船进入的通告",
        record_title="关于潟湖保护区核心区禁止捕捞和游船进入的通告 - 潟湖保护管理中心",
        date="2024-03-28",
        notes="search snapshot banner with crawl time (not a date); highlighted query terms; 成文日期",
        page="""
!d 这是 http://www.xiehu-bh.org.cn/tg/2024/0328.html 的快照，是网页在 2024-11-04 02:17 被抓取时的样子。
!d 页面可能已经更改，请点击此处查看最新页面。
!m 您查询的关键词已被标注：潟湖 禁止捕捞
!m 潟湖保护管理中心　首页 | 保护区概况 | 通知通告 | 科普宣教
{T}
!m 作者：中心办公室　日期：2024-03-28
{BODY}
!m 潟湖保护管理中心 版权所有　电话：0668-7719 020
""",
        body="""
为保护潟湖湿地生态系统和珍稀水鸟栖息地，根据《自然保护区条例》和保护区管理办法，现就有关事项通告如下：
一、自2024年4月1日起，禁止在潟湖保护区核心区内从事任何捕捞活动。
二、禁止游船、快艇等各类船只进入核心区水域；科研监测船只须经中心批准，并按指定航线通行。
三、违反本通告的，由有关部门依法予以处罚；构成犯罪的，依法追究刑事责任。
四、欢迎社会各界监督，举报电话：0668-7719 101。
潟湖保护管理中心
2024年3月28日
""",
    ),
    dict(
        slug="snapshot-yanwu-salt-administration-html",
        site="快搜缓存 (invented)",
        style="搜索快照",
        genre="工作总结",
        kind="summary",
        form="html",
        source="https://kuaisou.cache.cn/snap?u=yanwu.qianlin.gov.cn/2025/0107",
        title="芊林市盐务管理局2024年食盐质量安全监管工作总结",
        record_title="芊林市盐务管理局2024年食盐质量安全监管工作总结_芊林市盐务管理局",
        date="2025-01-07",
        notes="snapshot frame around a gov page; 发布时间 byline; crawl stamp not a date; glued editor line",
        page="""
<html><head><meta charset="utf-8"><title>芊林市盐务管理局2024年食盐质量安全监管工作总结_芊林市盐务管理局</title></head>
<body>
<div class="snap-head">⟦d 快搜缓存：本页面抓取于 2025-02-19 11:40，仅供参考，以原网页为准⟧ ⟦a 查看原网页⟧</div>
<div class="orig">
<div class="gov-top">⟦m 芊林市盐务管理局⟧</div>
<div class="gov-nav">⟦m 首页 | 政务公开 | 盐政执法 | 食盐安全 | 公众参与⟧</div>
<h1>{T}</h1>
<div class="byline">⟦m 发布时间：2025-01-07 15:12　信息来源：盐政执法支队⟧</div>
{BODY}
<div class="gov-ft">⟦m 主办：芊林市盐务管理局　地址：盐仓路6号⟧</div>
</div>
</body></html>
""",
        body="""
2024年，市盐务管理局围绕“守护舌尖上的安全”目标，扎实开展食盐质量安全监管，全市未发生食盐质量安全事件。
一、加强日常检查。全年检查食盐批发企业12家次、零售网点860家次，检查覆盖率100%。
二、开展抽检监测。完成食盐抽检320批次，合格率99.7%，对2批次不合格产品全部下架处置。
三、严厉打击违法行为。查处销售非碘盐冒充碘盐、工业盐冒充食用盐等案件9起，罚没款21.6万元。⟦m 审核：吕晨⟧
四、深化宣传引导。开展“科学补碘”进社区活动18场，发放宣传资料1.5万份。
""",
    ),
    dict(
        slug="print-hekou-delta-reserve-rules-text",
        site="河口三角洲自然保护区管理局 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="text",
        source="http://www.hkdelta.org.cn/zcfg/2024/0515/print.html",
        title="河口三角洲自然保护区科研活动管理办法",
        record_title="打印预览 - 河口三角洲自然保护区科研活动管理办法",
        date="2024-05-15",
        notes="print view: print header and footer, URL line; articles speak of 下载/打印; 施行 date",
        page="""
!a 打印　｜　关闭
!m 河口三角洲自然保护区管理局
!t 打印预览 - 河口三角洲自然保护区科研活动管理办法
{T}
{BODY}
!m 本页地址：http://www.hkdelta.org.cn/zcfg/2024/0515/712.html
!p 第 1 页　共 1 页
!m 打印时间：2025/3/2 下午4:12:09
""",
        body="""
第一条　为规范保护区内科研活动，保护自然资源和生态环境，制定本办法。
第二条　在保护区内开展科研活动，应提前30日提交申请，申请表可在管理局网站下载。
第三条　进入核心区开展科研的，须报上级主管部门批准；进入缓冲区的，由管理局审批。
第四条　科研人员进入保护区时，须携带批准文件，服从管护人员检查。
第五条　科研活动结束后3个月内，须向管理局提交科研成果副本；纸质材料一式两份打印后盖章报送。
第六条　本办法自2024年5月15日起施行。
""",
    ),
    dict(
        slug="print-yanshi-non-tax-revenue-notice-html",
        site="砚石县财政局 (invented)",
        style="打印页",
        genre="通知",
        kind="notice",
        form="html",
        source="http://czj.yanshi.gov.cn/tzgg/202411/t20241105_61.html?print=1",
        title="关于做好2024年度非税收入年终清缴工作的通知",
        record_title="关于做好2024年度非税收入年终清缴工作的通知（打印稿）",
        date="2024-11-05",
        notes="print template; date under the signature; 抄送 版记 kept; print footer",
        page="""
<html><head><meta charset="utf-8"><title>关于做好2024年度非税收入年终清缴工作的通知（打印稿）</title>
<style>@media print{.noprint{display:none}}</style></head>
<body onload="window.print()">
<div class="noprint">⟦a [确认打印]　[关闭本页]⟧</div>
<div class="ph">⟦m 砚石县财政局　http://czj.yanshi.gov.cn⟧</div>
<h2>{T}</h2>
<p class="docno">砚财非〔2024〕14号</p>
{BODY}
<div class="pf">⟦p 第1页/共1页⟧</div>
</body></html>
""",
        body="""
县直各预算单位，各乡镇财政所：
为确保2024年度非税收入及时足额缴入国库，现就年终清缴工作通知如下：
一、各执收单位要对全年非税收入进行全面清理，应缴未缴的须在12月20日前全部缴入国库。
二、严禁坐收坐支、截留挪用非税收入，严禁以往来款名义隐匿收入。
三、各单位要于12月25日前完成电子票据核销，并将清缴情况表报送县财政局非税收入管理股。
联系人：欧晓青　电话：0745-7421 306
砚石县财政局
2024年11月5日
抄送：县审计局。
""",
    ),
    dict(
        slug="mail-ganzhe-sugar-refinery-request",
        site="企邮通网页邮箱 (invented)",
        style="邮件转发",
        genre="请示",
        kind="request",
        form="text",
        source="https://mail.qiyoutong.cn/read?mid=ZL20241120-0311",
        title="关于蔗区糖厂榨季提前开榨的请示",
        record_title="Fw: 关于蔗区糖厂榨季提前开榨的请示",
        date="2024-11-18",
        date_also=["2024-11-20"],
        notes="forwarded mail; mail headers chrome; mail's own 附件 header beside the document's 附件 line; 成文日期 expected",
        page="""
!m 发件人：甘蔗办 黎芳 <lifang@gzb.nanhuan.gov.cn>
!m 收件人：县政府办秘书科 <msk@nanhuan.gov.cn>
!m 时间：2024年11月20日（星期三）上午9:46
!t 主题：Fw: 关于蔗区糖厂榨季提前开榨的请示
!m 附件：开榨准备情况表.xlsx (18K)
!a 回复　全部回复　转发　删除
!m -------- 转发的邮件 --------
{T}
{BODY}
!d 此邮件可能包含保密信息，如您误收，请立即删除。
""",
        body="""
县人民政府：
今年我县甘蔗长势良好，预计入榨甘蔗82万吨。为缓解榨季后期甘蔗砍运压力、减少因霜冻造成的损失，南环糖业有限公司拟将2024/2025年榨季开榨时间由12月1日提前至11月25日。
经我办与糖厂、各蔗区乡镇共同研究，糖厂设备检修和人员培训已基本完成，各乡镇砍蔗队伍已落实，具备提前开榨条件。
妥否，请批示。
附件：开榨准备情况表
南环县甘蔗生产办公室
2024年11月18日
""",
    ),
    dict(
        slug="mail-yundou-kidney-bean-export-notice-html",
        site="邮箱网页版 (invented)",
        style="邮件转发",
        genre="通知",
        kind="notice",
        form="html",
        source="https://webmail.dingbang-trade.com/msg/77104",
        title="关于规范出口芸豆原料收购质量标准的通知",
        record_title="转发：关于规范出口芸豆原料收购质量标准的通知",
        date="2024-09-09",
        notes="webmail reader; forwarded notice from a bean exporter's association; quality table; reply chain chrome",
        page="""
<html><head><meta charset="utf-8"><title>转发：关于规范出口芸豆原料收购质量标准的通知 - 鼎邦外贸邮箱</title></head>
<body>
<div class="mbar">⟦m 鼎邦外贸邮箱⟧ ⟦m 收件箱(42)⟧ ⟦m 草稿箱⟧ ⟦m 已发送⟧ ⟦a 写信⟧</div>
<div class="mhead">
<p>⟦t 转发：关于规范出口芸豆原料收购质量标准的通知⟧</p>
<p>⟦m 发件人：业务部 乔安　2024-09-10 08:55⟧</p>
<p>⟦m 收件人：采购组全体⟧</p>
</div>
<div class="mbody">
<p>⟦m 各位，协会通知请遵照执行。——乔安⟧</p>
<p>⟦m ---------- 原始邮件 ----------⟧</p>
<h3>{T}</h3>
{BODY}
</div>
<div class="mtool">⟦a 回复　转发　标记为未读　打印邮件⟧</div>
</body></html>
""",
        body="""
各会员企业：
为提升我区出口芸豆质量，维护出口信誉，经协会理事会研究，现对出口芸豆原料收购质量标准作如下规范：
项目　一级　二级
纯粮率　≥99%　≥98%
水分　≤16%　≤17%
破碎粒　≤1%　≤2%
各企业要严格按照标准分级收购，不得以次充好；收购时须建立农户台账，保证原料可追溯。
石屏县杂粮出口协会
2024年9月9日
""",
    ),
    dict(
        slug="docshare-feihui-fly-ash-minutes",
        site="文档小站 (invented)",
        style="文档分享",
        genre="会议纪要",
        kind="minutes",
        form="text",
        source="https://www.wdxz.net/d/2291045.html",
        title="粉煤灰综合利用项目推进会会议纪要",
        record_title=None,
        date="2024-06-07",
        date_also=["2024-06-05"],
        notes="document-sharing page; title missing; minutes' lines kept; page markers 〘2〙 glued; 印发 date expected",
        page="""
!m 文档小站 · 免费分享好文档
!m 热门分类 > 会议纪要
!m 上传者：dianchang_wang　　上传于：2024-06-11　　共3页
{T}
!a 下载　收藏　举报
{BODY}
!a 免费预览已结束，剩余内容需下载查看
!d 温馨提示：本站文档均由用户自行上传，版权归原作者所有
!l 相关推荐：火电厂固废管理制度　工业固废综合利用方案
""",
        pages=dict(fmt="〘{n}〙", every=160, start=2, glue=True),
        body="""
时间：2024年6月5日上午9:00
地点：市发展改革委三楼会议室
主持：市发展改革委副主任　常伟
参会：市工业和信息化局、生态环境局、住房城乡建设局，蓍城热电厂、恒筑建材公司负责同志
会议听取了蓍城热电厂粉煤灰综合利用项目进展情况汇报，研究了项目推进中的有关问题。纪要如下：
一、项目建成后年消纳粉煤灰30万吨，生产加气混凝土砌块和粉煤灰砖，对减少堆存、改善环境意义重大。
二、市住房城乡建设局要将项目产品纳入绿色建材推广目录，在政府投资项目中优先使用。
三、市生态环境局要加快环评审批，指导企业做好扬尘防治。
四、恒筑建材公司要加快设备安装，确保9月底前试生产。
蓍城市发展改革委办公室　2024年6月7日印发
""",
    ),
]
