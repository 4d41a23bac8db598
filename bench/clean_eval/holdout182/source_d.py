"""holdout182, part d: laundry detergent (洗衣液) — spot checks, daily-chemical makers, an
industry association, procurement, child-safety warnings and advertising law. Everything invented."""

CASES = [
    dict(
        slug="portal-roushan-amr-detergent-spotcheck",
        site="糅山市市场监督管理局 (invented)",
        style="政府门户",
        genre="通报",
        kind="notice",
        form="html",
        source="http://scjg.roushan.example.gov.cn/zwgk/cjgg/202508/t20250826_5521.html",
        title="糅山市市场监督管理局关于2025年洗衣液产品质量监督抽查情况的通报",
        record_title="糅山市市场监督管理局关于2025年洗衣液产品质量监督抽查情况的通报_抽检公告_糅山市市场监督管理局",
        date="2025-08-25",
        date_also=["2025-08-26"],
        notes="market-regulation portal: 索引号 table, a failures table (one row a paragraph), 纠错 line vs the bureau's own 联系电话; 成文日期 differs from the page date",
        page="""
<html><head><meta charset="utf-8"><title>糅山市市场监督管理局关于2025年洗衣液产品质量监督抽查情况的通报_抽检公告_糅山市市场监督管理局</title></head><body>
<div class="t1">⟦a 智能问答　无障碍　关怀模式⟧</div>
<div class="t2">⟦m 糅山市市场监督管理局⟧</div>
<div class="t3">⟦m 首页　机构概况　信息公开　抽检公告　消费维权　网上办事⟧</div>
<div class="dq">⟦m 当前位置：首页 > 信息公开 > 抽检公告⟧</div>
<table class="meta"><tr><td>⟦m 索引号：113524000031226X7/2025-01182⟧</td><td>⟦m 公开方式：主动公开⟧</td></tr><tr><td>⟦m 发布日期：2025年08月26日⟧</td><td>⟦m 公开范围：全社会⟧</td></tr></table>
<h1>{T}</h1>
<div class="content">
{BODY}
</div>
<div class="fx">⟦l 分享：⟧ ⟦a 打印 关闭⟧</div>
<div class="foot">⟦m 网站纠错：0598-8230012　主办单位：糅山市市场监督管理局⟧<br>⟦m 闽ICP备05013391号⟧</div>
</body></html>
""",
        body="""
近期，我局组织对全市生产、销售的洗衣液产品质量进行了监督抽查，共抽查32家企业的50批次产品，发现3批次不合格，不合格发现率为6%。
主要不合格项目为总活性物含量和pH值，总活性物含量不达标会影响去污效果，pH值偏高可能刺激皮肤。
不合格产品情况如下：
产品名称　标称企业　不合格项目
浓缩洗衣液　糅山洁美日化有限公司　总活性物含量
薰衣草洗衣液　粹城净彩日用品厂　pH值
婴童洗衣液　籼浦优宝日化有限公司　总活性物含量
对抽查不合格的企业，我局已责令其限期整改，并依法立案调查。
联系电话：0598-8231675。
糅山市市场监督管理局
2025年8月25日
""",
    ),
    dict(
        slug="intranet-jieming-daily-chem-quality-report",
        site="洁明日化协同办公系统 (invented)",
        style="企业内网",
        genre="报告",
        kind="report",
        form="html",
        source="http://oa.jieming-chem.example.com/doc/detail?docid=QA2025-0917",
        title="关于三季度洗衣液客户投诉情况的报告",
        record_title="内网公告-关于三季度洗衣液客户投诉情况的报告",
        date="2025-10-09",
        notes="intranet document view: 流转记录 and read count, a watermark line, attachment list kept; date in the document",
        page="""
<html><head><meta charset="utf-8"><title>内网公告-关于三季度洗衣液客户投诉情况的报告</title></head><body>
<div class="oa-top">⟦m 洁明日化 协同办公系统⟧ ⟦a 待办(7)　消息(2)　退出⟧</div>
<div class="oa-crumb">⟦m 公文中心 / 收文 / 文件详情⟧</div>
<h2>{T}</h2>
<div class="oa-info">⟦m 发文部门：质量管理部　密级：内部　已读 58 人⟧</div>
<div class="oa-body">
{BODY}
</div>
<div class="oa-flow"><p>⟦m 流转记录⟧</p><p>⟦m 质量管理部 沈佳 起草 2025-10-09 10:12⟧</p><p>⟦m 总经理 高启明 已阅 2025-10-10 08:40⟧</p></div>
<div class="oa-btn">⟦a 签收　办理　打印　导出⟧</div>
</body></html>
""",
        body="""
公司领导：
三季度共收到洗衣液产品客户投诉41起，较二季度减少9起。其中包装漏液19起、结块分层11起、香味异常7起、其他4起。
包装漏液主要集中在2升装产品，原因是瓶盖内垫片供应商更换后密封性下降，已于9月中旬恢复原供应商。
结块分层主要发生在北方低温地区，研发部正在调整配方中的抗冻组分，预计11月完成验证。
附件：1. 三季度投诉明细表
2. 瓶盖密封性复检报告
质量管理部
2025年10月9日
""",
    ),
    dict(
        slug="assoc-canyuan-detergent-concentrate-initiative",
        site="粲原市洗涤用品行业协会 (invented)",
        style="行业协会",
        genre="倡议书",
        kind="other",
        form="html",
        source="https://www.cyxdxh.example.org.cn/xhgg/2025/0422/126.html",
        title="关于推广浓缩型洗衣液 减少塑料包装的倡议",
        record_title="【协会倡议】关于推广浓缩型洗衣液 减少塑料包装的倡议",
        date="2025-04-22",
        notes="association: member login box, a member hotline in the footer vs the association's mailbox in the text; Chinese-numeral 成文日期",
        page="""
<html><head><meta charset="utf-8"><title>【协会倡议】关于推广浓缩型洗衣液 减少塑料包装的倡议</title></head><body>
<div class="hd">⟦m 粲原市洗涤用品行业协会⟧</div>
<div class="login">⟦a 会员账号 密码 登录　忘记密码⟧</div>
<div class="nav">⟦m 首页　协会简介　通知公告　行业资讯　会员单位　标准法规⟧</div>
<h1>{T}</h1>
<p class="info">⟦m 发布者：秘书处　浏览量：307⟧</p>
{BODY}
<div class="foot">⟦m 会员服务热线：0871-3380512⟧　⟦d 版权所有：粲原市洗涤用品行业协会⟧</div>
</body></html>
""",
        body="""
各会员单位：
为贯彻绿色低碳发展要求，减少一次性塑料包装使用，协会倡议：
一、加快浓缩型洗衣液产品研发，到2026年底，浓缩型产品占会员企业洗衣液总产量的比例力争达到30%。
二、推广补充装和大容量包装，鼓励在商超设置自助灌装点。
三、在包装上清晰标注用量说明，引导消费者按量使用，避免浪费。
各会员单位的落实情况，请于每季度末报送协会邮箱：xhmsc@cyxdxh.example.org.cn。
粲原市洗涤用品行业协会
二〇二五年四月二十二日
""",
    ),
    dict(
        slug="tender-hospital-laundry-detergent-bid-result",
        site="籼浦县政府采购网 (invented)",
        style="招投标网",
        genre="公告",
        kind="notice",
        form="html",
        source="https://zfcg.xianpu.example.gov.cn/cggg/jggg/202507/t20250715_2231.html",
        title="籼浦县人民医院洗衣房洗涤剂采购项目成交结果公告",
        record_title="籼浦县人民医院洗衣房洗涤剂采购项目成交结果公告",
        date="2025-07-15",
        notes="procurement portal: CA and platform lines vs purchaser and agency contacts kept; result table; 发布时间 = date",
        page="""
<html><head><meta charset="utf-8"><title>籼浦县人民医院洗衣房洗涤剂采购项目成交结果公告</title></head><body>
<div class="top">⟦m 籼浦县政府采购网⟧ ⟦a 供应商登录　专家登录⟧</div>
<div class="nav">⟦m 首页　采购公告　结果公告　更正公告　政策法规⟧</div>
<h2>{T}</h2>
<div class="pub">⟦m 发布时间：2025-07-15 17:30:12⟧</div>
{BODY}
<div class="svc">⟦m CA证书服务：400-700-2126　平台技术支持：0898-6628031⟧</div>
<div class="ft">⟦d 籼浦县财政局主办　本网站所有信息仅供参考⟧</div>
</body></html>
""",
        body="""
一、项目编号：XPCG2025-D118
二、项目名称：籼浦县人民医院洗衣房洗涤剂采购项目
三、成交信息
供应商名称　成交金额（元）　服务期
海川洗涤用品有限公司　186400　一年
四、主要标的：医用低泡洗衣液、含氯漂白剂、中和剂、柔顺剂，详见采购文件。
五、公告期限：自本公告发布之日起1个工作日。
六、联系方式
采购人：籼浦县人民医院，联系人：莫晓东，电话：0898-6620175。
采购代理机构：籼浦正源项目管理有限公司，联系人：唐敏，电话：0898-6635542。
""",
    ),
    dict(
        slug="wechat-text-detergent-pods-kids-warning",
        site="糍江疾控公众号镜像 (invented)",
        style="公众号镜像",
        genre="科普",
        kind="article",
        form="text",
        source="https://wxread.example.net/a/CJCDC_2025_0702",
        title="五颜六色的洗衣凝珠，千万别让孩子当糖吃",
        record_title="五颜六色的洗衣凝珠，千万别让孩子当糖吃",
        date="2025-07-02",
        notes="WeChat mirror text: account line date, follow prompt at top, 在看/分享 row, reward row; a sentence telling readers to 关注 a hotline account kept",
        gap=True,
        page="""
!a 点击上方蓝字 关注我们
!m 糍江疾控　2025-07-02 17:30
{T}
{BODY}
!a 赞赏
!l 分享　收藏　点赞 63　在看 21
!m 来源：糍江市疾病预防控制中心　编辑：童欣　审核：韩立
""",
        body="""
洗衣凝珠颜色鲜艳、外形像软糖，很容易被幼儿误当成零食。凝珠外膜遇到口水会迅速溶解，里面高浓度的洗涤剂可能造成口腔和食道灼伤。
一旦发现孩子误食，不要催吐，应立即用清水漱口，并带上产品包装尽快就医。
如果凝珠液体溅入眼睛，要用流动清水冲洗至少15分钟。
家长们请把洗衣凝珠放在孩子够不到的高处，用完及时盖好盒盖。更多儿童安全知识，欢迎关注“糍江疾控”查看往期推送。
""",
    ),
    dict(
        slug="hospital-text-detergent-hand-eczema-article",
        site="籽岭县人民医院 (invented)",
        style="医院官网",
        genre="科普",
        kind="article",
        form="text",
        source="https://www.zlxrmyy.example.org.cn/jkkp/2025/1201/455.html",
        title="“主妇手”反复发作？可能和洗衣液有关",
        record_title="【健康科普】“主妇手”反复发作？可能和洗衣液有关-籽岭县人民医院",
        date="2025-12-01",
        notes="hospital text: booking prompt, hospital switchboard vs the department's own 咨询电话 kept; author line; byline date",
        page="""
!m 籽岭县人民医院
!m 首页 > 健康科普 > 皮肤科
{T}
!m 作者：皮肤科 付文静　发布时间：2025-12-01　阅读：942
{BODY}
!a 预约挂号请关注医院服务号
!m 医院总机：0871-6580000　急诊：0871-6580120
!l 上一篇：冬季手足皲裂如何护理｜下一篇：带状疱疹疫苗答疑
""",
        body="""
入冬以来，皮肤科门诊“主妇手”患者明显增多，表现为手指皮肤干燥、脱屑、皲裂，严重时还会出现小水疱。
“主妇手”在医学上叫手部湿疹，经常接触洗衣液、洗洁精等洗涤剂是主要诱因之一。洗涤剂中的表面活性剂会破坏皮肤的屏障功能。
建议手洗衣物时戴上棉质内衬的橡胶手套，洗完后及时涂抹护手霜；尽量选用温和无香型的洗衣液。
症状持续两周以上不缓解的，请到皮肤科就诊。皮肤科咨询电话：0871-6580316。
""",
    ),
    dict(
        slug="fanwenapp-html-detergent-sales-manager-report",
        site="妙笔范文APP (invented)",
        style="范文APP",
        genre="述职报告",
        kind="report",
        form="html",
        source="https://m.miaobi.example.com/share/doc/5512903",
        title="日化公司区域销售经理述职报告",
        record_title="日化公司区域销售经理述职报告（精选）｜妙笔范文",
        date=None,
        notes="writing-app H5 share: open-app banner, member-unlock line between paragraphs, AI-rewrite and copy buttons; no date",
        page="""
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>日化公司区域销售经理述职报告（精选）｜妙笔范文</title></head><body>
<div class="app-banner">⟦a 打开妙笔APP 免费领取7天会员⟧</div>
<h1>{T}</h1>
<div class="info">⟦m 妙笔范文 · 述职报告　1.8万阅读⟧</div>
{BODY}
<div class="bar">⟦a 一键复制⟧ ⟦a 导出Word⟧ ⟦a AI智能改写⟧</div>
<div class="more">⟦l 相关推荐：销售主管年终总结｜业务员个人述职⟧</div>
</body></html>
""",
        body="""
各位领导、同事们：
我自去年3月担任华东二区销售经理以来，主要负责洗衣液、柔顺剂两大品类在五个地市的渠道拓展和终端管理，现将一年来的工作述职如下。
一是渠道下沉取得进展。新开发县级经销商14家，乡镇网点覆盖率由41%提升到63%。
⟦a 剩余68%内容，开通会员后查看⟧
二是终端陈列更加规范。组织促销员培训6期，重点门店实现了洗衣液货架的统一陈列。
三是存在的不足。线上渠道增长缓慢，新品浓缩洗衣液的推广力度不够。下一步，我将重点补齐这两块短板。
""",
    ),
    dict(
        slug="wenku-html-county-detergent-market-survey-pages",
        site="知行文库 (invented)",
        style="文库预览",
        genre="调研报告",
        kind="report",
        form="html",
        source="https://wenku.zhixing.example.com/d/3f88a2c10b.html",
        title="粹城市农村洗衣液消费情况调研报告",
        record_title="粹城市农村洗衣液消费情况调研报告.pdf",
        date=None,
        notes="文库 reader HTML: page-marker paragraphs ⩻n⩼ between halves of cut paragraphs; upload stamp; pay prompt; no date",
        pages=dict(fmt="⩻{n}⩼", every=70, start=2),
        p_html='<p class="reader-txt">{}</p>',
        page="""
<html><head><meta charset="utf-8"><title>粹城市农村洗衣液消费情况调研报告.pdf - 知行文库</title></head><body>
<div class="hd">⟦m 知行文库⟧ ⟦a 上传赚收益　VIP会员⟧</div>
<h1>{T}</h1>
<div class="meta">⟦m 上传时间：2024-12-03　4页　3.9分（68人评价）⟧</div>
<div class="reader">
{BODY}
</div>
<div class="end">⟦a 还剩2页未读，继续阅读⟧ ⟦a 下载本文档需要 5 下载券⟧</div>
<div class="ft">⟦d 知行文库仅提供信息存储空间服务，文档内容由用户上传⟧</div>
</body></html>
""",
        body="""
为了解农村居民洗涤用品消费变化，调研组于2024年10月在粹城市4个乡镇开展入户调查，共回收有效问卷412份。
调查显示，农村家庭使用洗衣液的比例已达到78%，比五年前提高了近一倍，洗衣粉和肥皂的使用比例相应下降。
价格仍是农村居民选择洗衣液时最看重的因素，其次是去污效果和香味，对“浓缩”“低泡”等概念了解较少。
调研组建议生产企业针对农村市场推出实惠型补充装，并通过乡镇超市开展用量知识宣传。
""",
    ),
    dict(
        slug="lawfirm-html-detergent-false-advertising",
        site="粳阳明德律师事务所 (invented)",
        style="律所网站",
        genre="文章",
        kind="article",
        form="html",
        source="https://www.mingdelaw-jy.example.com/news/detail-883.html",
        title="洗衣液宣称“99.9%除菌”却拿不出依据，构成虚假宣传吗？",
        record_title="法律讲堂丨洗衣液宣称“99.9%除菌”却拿不出依据，构成虚假宣传吗？",
        date="2025-09-12",
        notes="law firm HTML: consult float, lawyer card, a not-legal-advice notice; 日期 byline taken as the date",
        page="""
<html><head><meta charset="utf-8"><title>法律讲堂丨洗衣液宣称“99.9%除菌”却拿不出依据，构成虚假宣传吗？</title></head><body>
<div class="head">⟦m 明德律师事务所 MINGDE LAW FIRM⟧ <span>⟦m 首页 | 律所简介 | 专业领域 | 律师团队 | 法律讲堂⟧</span></div>
<h2>{T}</h2>
<div class="date">⟦m 日期：2025-09-12　来源：明德律所⟧</div>
{BODY}
<div class="lawyer">⟦m 作者：邵嘉怡律师　擅长：消费者权益、广告合规⟧</div>
<div class="float">⟦w 在线咨询律师　电话 0878-6661201⟧</div>
<div class="ft">⟦d 文章仅供参考，不构成法律意见⟧</div>
</body></html>
""",
        body="""
某日化企业在洗衣液包装和网店详情页上标注“99.9%除菌”，被市场监管部门调查时却无法提供检测报告。
根据广告法第十一条，广告使用数据、统计资料等引证内容的，应当真实、准确，并表明出处。第二十八条规定，使用虚构、伪造或者无法验证的数据的，构成虚假广告。
因此，企业宣传除菌率，必须有具备资质的检测机构按标准方法出具的报告作为依据，且宣传内容应与检测条件一致。
我们建议企业在产品上市前对全部宣传用语进行合规审查，避免因一句话被处罚。
""",
    ),
    dict(
        slug="netdisk-oneline-detergent-workshop-summary",
        site="快盘分享 (invented)",
        style="网盘分享",
        genre="工作总结",
        kind="summary",
        form="text",
        source="https://kp.example.cn/share/7Zq2mX8",
        title="2025年洗衣液灌装车间工作总结",
        record_title="2025年洗衣液灌装车间工作总结.docx",
        date="2025-12-26",
        notes="cloud-drive text preview on one line (paragraphs apart by indent only); share info and save buttons; 成文日期 at the end",
        oneline=True,
        indent="\u3000\u3000",
        page="""
!m 快盘分享　文件预览
!m 2025年洗衣液灌装车间工作总结.docx　31.2KB
!m 分享人：车间办公室　3天前
!a 保存到网盘　普通下载　极速下载（会员）
{BODY}
!d 文件预览由系统自动转换，格式可能与原文件不一致
""",
        body="""
2025年，灌装车间在公司的正确领导下，圆满完成了全年生产任务，现将工作总结如下。
一是产量稳步提升。全年灌装洗衣液2.86万吨，同比增长12%，一次交检合格率达到99.6%。
二是设备改造见效。完成3号线自动旋盖机改造，单线产能提高20%，漏液投诉明显减少。
三是安全生产无事故。全年开展安全培训12次，隐患整改率100%。
2026年，车间将重点推进浓缩洗衣液小包装灌装线建设。
洗衣液灌装车间
2025年12月26日
""",
    ),
    dict(
        slug="mail-reply-chain-detergent-sample-request",
        site="籽岭日化企业邮箱 (invented)",
        style="邮件转发",
        genre="函",
        kind="letter",
        form="text",
        source="https://mail.ziling-chem.example.com/read?mid=5512049",
        title="关于提供低泡洗衣液样品用于试用的函",
        record_title="回复：Re: 关于提供低泡洗衣液样品用于试用的函.docx",
        date="2025-05-14",
        date_also=["2025-05-16"],
        notes="mail reply chain: headers, a reply on top, quoted earlier message marks; the letter's own 联系人/电话 and 附件 kept; the 函 date differs from the send date",
        page="""
!m 发件人：王思远 <wangsy@ziling-chem.example.com>
!m 发送时间：2025-05-16 11:02
!m 收件人：采购部 吕晶
!m 主题：回复：Re: 关于提供低泡洗衣液样品用于试用的函
!w 吕经理您好，样品已安排物流，单号稍后发您。
!m > 在 2025-05-14 16:40，吕晶 写道：
!m > 附件：试用函.docx (26KB)
{BODY}
!a 回复　转发　标记为未读
""",
        body="""
籽岭日化有限公司：
我公司洗衣房拟于6月起更换洗涤剂品种，经初步比选，贵公司的低泡型洗衣液符合我方工业洗衣机的使用要求。
为检验实际洗涤效果，特函请贵公司提供20升装样品两桶，供我方试用一个月，试用结束后我方将出具书面评价。
联系人：吕晶，电话：0871-6577210。
附件：试用评价表
粹城温泉酒店有限公司
2025年5月14日
""",
    ),
    dict(
        slug="print-html-detergent-storage-safety-rule",
        site="粼田物流园仓储管理平台 (invented)",
        style="打印页",
        genre="制度",
        kind="regulation",
        form="html",
        source="http://wms.lintian-park.example.com/rules/print?id=CK-031",
        title="洗涤用品仓库储存安全管理规定",
        record_title="〔打印稿〕洗涤用品仓库储存安全管理规定",
        date=None,
        notes="print view calling window.print(): print header with timestamp, a print footer; articles that speak of 扫码 and 打印 as content kept; no date",
        page="""
<html><head><meta charset="utf-8"><title>〔打印稿〕洗涤用品仓库储存安全管理规定</title>
<script>window.onload=function(){window.print();}</script></head><body>
<div class="ph">⟦m 粼田物流园仓储管理平台　打印时间：2025/07/30 15:08:44⟧</div>
<h3>{T}</h3>
{BODY}
<div class="pf">⟦p ⦏ 1 ∕ 1 ⦐⟧</div>
</body></html>
""",
        body="""
第一条　洗衣液、洗衣粉等洗涤用品应存放在阴凉、通风、干燥的专用库区，避免阳光直射，库温不超过35摄氏度。
第二条　桶装洗衣液堆码高度不超过三层，托盘之间留出不小于0.8米的通道。
第三条　入库时应扫码核对批次，发现包装破损、渗漏的，单独存放并登记。
第四条　库区地面发生洒漏的，应立即用吸附棉清理，并放置“小心地滑”警示牌。
第五条　仓管员每月打印库存清单，与系统数据核对一致后签字存档。
""",
    ),
]
